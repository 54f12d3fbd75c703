// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import * as v from "../../core/commands-core/vault";
import { setup } from "./harness";

/** Links to the old note and nothing else: found only through Obsidian's resolved links. */
const LINK_ONLY = "Notes/Link only.md";
const FILES = { ...v.vaultFiles(), [LINK_ONLY]: "See [[Dana O|her]] and [[Dana O#Hobbies]].\n" };

/** The vault of the core merge test, loaded into the Obsidian test double. */
async function vault() {
  const t = await setup(FILES);
  await t.activate(v.OLD_PATH);
  return t;
}

const snapshot = (t: Awaited<ReturnType<typeof vault>>): Record<string, string | undefined> =>
  Object.fromEntries(Object.keys(FILES).map((p) => [p, t.read(p)]));

describe("Merge person into...", () => {
  it("finds the notes through backlinks and handles, shows the plan, and writes it", async () => {
    const t = await vault();
    t.ui.picks = ["Dana Okafor"];
    t.ui.confirm_ = [true];
    await t.run("merge-person");
    expect(t.ui.questions).toEqual(["Merge Dana O into..."]);
    const [shown] = t.ui.confirmations;
    expect(shown?.title).toBe("Merge Dana O into Dana Okafor?");
    expect(shown?.changes.map((c) => [c.path, c.after === null])).toEqual([
      [v.TARGET_PATH, false],
      [v.MEETING_PATH, false],
      [v.PROJECT_PATH, false],
      [LINK_ONLY, false],
      [v.OLD_PATH, true],
    ]);
    expect(snapshot(t)).toEqual({
      [v.TARGET_PATH]: v.MERGED,
      [v.OLD_PATH]: undefined,
      [v.MEETING_PATH]: v.MEETING_AFTER,
      [v.PROJECT_PATH]: v.PROJECT_AFTER,
      [v.OTHER_PATH]: v.OTHER,
      [LINK_ONLY]: "See [[Dana Okafor|her]] and [[Dana Okafor#Hobbies]].\n",
    });
    expect(t.ui.notices).toEqual(["Merged Dana O into Dana Okafor: 4 notes updated, People/Dana O.md moved to the trash."]);
  });

  it("Undo last merge restores every note and the merged one", async () => {
    const t = await vault();
    t.ui.picks = ["Dana Okafor"];
    t.ui.confirm_ = [true];
    await t.run("merge-person");
    await t.run("undo-last-merge");
    expect(snapshot(t)).toEqual(FILES);
    expect(t.ui.notices[1]).toBe('Undid "Merged Dana O into Dana Okafor": 5 notes restored.');
    await t.run("undo-last-merge");
    expect(t.ui.notices[2]).toBe("No merge to undo in this session.");
  });

  it("writes nothing when the plan is declined", async () => {
    const t = await vault();
    t.ui.picks = ["Dana Okafor"];
    t.ui.confirm_ = [false];
    await t.run("merge-person");
    expect(snapshot(t)).toEqual(FILES);
  });

  it("merges from the review queue", async () => {
    const t = await vault();
    await t.run("review-queue");
    const row = t.ui.lists[0]?.rows.find((r) => r.title === "Dana O");
    t.ui.picks = ["Dana Okafor"];
    t.ui.confirm_ = [true];
    await row?.actions.find((a) => a.label === "Merge into...")?.run();
    expect(t.read(v.TARGET_PATH)).toBe(v.MERGED);
  });
});
