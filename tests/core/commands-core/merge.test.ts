import { describe, expect, it } from "vitest";
import { applyMerge, MemoryNoteStore, mergePersonInto, pathResolver, planMerge, revertChanges, shortestLinkText, type MergeRequest } from "../../../src/core";
import { CTX } from "../helpers";
import * as v from "./vault";

function request(store: MemoryNoteStore, candidates: string[]): MergeRequest {
  const paths = [...store.files.keys()];
  const resolve = pathResolver(paths);
  return {
    oldPath: v.OLD_PATH,
    targetPath: v.TARGET_PATH,
    candidates,
    resolvesToOld: (linkpath, from) => resolve(linkpath, from) === v.OLD_PATH,
    linkText: () => shortestLinkText(paths)(v.TARGET_PATH),
    options: CTX,
  };
}

const CANDIDATES = [v.MEETING_PATH, v.PROJECT_PATH, v.OTHER_PATH];

describe("mergePersonInto", () => {
  it("carries Background without the known sections nested under it (they are carried as themselves)", () => {
    const old = v.OLD.replace("## Relationship\n\nMet at the partner event.\n", "## Relationship\n\nMet at the partner event.\n\n### Key Decisions\n\n- ✅ Pilot first.\n");
    const merged = mergePersonInto(v.TARGET, v.TARGET_PATH, old, v.OLD_PATH, CTX);
    expect(merged.match(/^#+ Key Decisions$/gm)).toEqual(["## Key Decisions"]);
    expect(merged).toContain("- ✅ Pilot first.");
  });

  it("carries a soft line break a word processor pasted (a vertical tab) from the old note", () => {
    const old = v.OLD.replace("Met at the partner event.", "Met at the partner event.\u000bThen again in May.");
    expect(mergePersonInto(v.TARGET, v.TARGET_PATH, old, v.OLD_PATH, CTX)).toContain("Met at the partner event.\u000bThen again in May.");
  });

  it("unites the two notes into the target's text", () => {
    // Links are moved by the plan, so the target's own link to the old note is still there.
    expect(mergePersonInto(v.TARGET, v.TARGET_PATH, v.OLD, v.OLD_PATH, CTX)).toBe(v.MERGED.replace("- [[Dana Okafor]]", "- [[Dana O]]"));
  });

  it("refuses to merge a person into themselves", () => {
    expect(() => mergePersonInto(v.TARGET, v.TARGET_PATH, v.TARGET, v.TARGET_PATH, CTX)).toThrow(/themselves/);
  });

  it("merging the same note twice adds nothing more", () => {
    const once = mergePersonInto(v.TARGET, v.TARGET_PATH, v.OLD, v.OLD_PATH, CTX);
    expect(mergePersonInto(once, v.TARGET_PATH, v.OLD, v.OLD_PATH, CTX)).toBe(once);
  });
});

describe("planMerge, applyMerge and undo on a small vault", () => {
  it("plans every note's exact text and writes nothing", async () => {
    const store = new MemoryNoteStore(v.vaultFiles());
    const plan = await planMerge(store, request(store, CANDIDATES));
    expect(plan.label).toBe("Merged Dana O into Dana Okafor");
    expect(plan.changes).toEqual([
      { path: v.TARGET_PATH, before: v.TARGET, after: v.MERGED },
      { path: v.MEETING_PATH, before: v.MEETING, after: v.MEETING_AFTER },
      { path: v.PROJECT_PATH, before: v.PROJECT, after: v.PROJECT_AFTER },
      { path: v.OLD_PATH, before: v.OLD, after: null },
    ]);
    expect(Object.fromEntries(store.files)).toEqual(v.vaultFiles());
  });

  it("applies the plan, trashes the old note, and undo restores it all", async () => {
    const store = new MemoryNoteStore(v.vaultFiles());
    const { record, failed } = await applyMerge(store, request(store, CANDIDATES));
    expect(failed).toEqual([]);
    expect(Object.fromEntries(store.files)).toEqual({
      [v.TARGET_PATH]: v.MERGED,
      [v.MEETING_PATH]: v.MEETING_AFTER,
      [v.PROJECT_PATH]: v.PROJECT_AFTER,
      [v.OTHER_PATH]: v.OTHER,
    });
    expect(record.entries.map((e) => e.path)).toEqual([v.TARGET_PATH, v.MEETING_PATH, v.PROJECT_PATH, v.OLD_PATH]);

    const undone = await revertChanges(record, store);
    expect(undone).toEqual({ restored: [v.PROJECT_PATH, v.MEETING_PATH, v.TARGET_PATH], recreated: [v.OLD_PATH], removed: [], skipped: [] });
    expect(Object.fromEntries(store.files)).toEqual(v.vaultFiles());
  });

  it("undo leaves a note edited since the merge as it is, and says so", async () => {
    const store = new MemoryNoteStore(v.vaultFiles());
    const { record } = await applyMerge(store, request(store, CANDIDATES));
    store.files.set(v.PROJECT_PATH, `${v.PROJECT_AFTER}- [ ] New task\n`);
    const undone = await revertChanges(record, store);
    expect(undone.skipped).toEqual([{ path: v.PROJECT_PATH, reason: "it changed since" }]);
    expect(store.files.get(v.PROJECT_PATH)).toBe(`${v.PROJECT_AFTER}- [ ] New task\n`);
    expect(store.files.get(v.TARGET_PATH)).toBe(v.TARGET);
  });

  it("refuses a target that is not a person and writes nothing", async () => {
    const store = new MemoryNoteStore(v.vaultFiles());
    await expect(applyMerge(store, { ...request(store, CANDIDATES), targetPath: v.PROJECT_PATH })).rejects.toMatchObject({ code: "not-a-person" });
    expect(Object.fromEntries(store.files)).toEqual(v.vaultFiles());
  });
});
