import { describe, expect, it } from "vitest";
import { copyVault, kith, note } from "./run-kith";

const DANA = "Contacts/Dana Okafor.md";
const MEETING = "Meetings/2026-03-02 - Pilot scoping call.md";

/** `--json` on the commands that report what they did: one JSON object on stdout, nothing on stderr. */
describe("kith --json on every command that reports", () => {
  it("a person edit says the note's path and whether it changed", async () => {
    const vault = await copyVault();
    const first = await kith(vault, "person", "add-fact", "Dana Okafor", "Prefers async updates.", "--json");
    expect(first).toEqual({ status: 0, stdout: `${JSON.stringify({ path: DANA, changed: true, message: `Added key fact to ${DANA}` })}\n`, stderr: "" });
    const again = await kith(vault, "person", "add-fact", "Dana Okafor", "Prefers async updates.", "--json");
    expect(JSON.parse(again.stdout)).toEqual({ path: DANA, changed: false, message: `No change: ${DANA} already has that key fact` });
  });

  it("person new says the path, and whether it was created or found", async () => {
    const vault = await copyVault();
    const made = await kith(vault, "person", "new", "Zed Zulu", "--json");
    expect(made).toEqual({ status: 0, stdout: `${JSON.stringify({ path: "Contacts/Zed Zulu.md", created: true })}\n`, stderr: "" });
    const found = await kith(vault, "person", "new", "Dana Okafor", "--json");
    expect(found).toEqual({ status: 0, stdout: `${JSON.stringify({ path: DANA, created: false, existing: "Dana Okafor" })}\n`, stderr: "" });
  });

  it("recap apply lists each note's outcome and the counts; recap undo lists what it restored", async () => {
    const vault = await copyVault();
    const before = await note(vault, DANA);
    const applied = await kith(vault, "recap", "apply", MEETING, "--json");
    expect(applied.status).toBe(0);
    expect(applied.stderr).toBe("");
    expect(JSON.parse(applied.stdout)).toEqual({
      notes: [{ path: DANA, attendee: "Dana Okafor", status: "updated", kept: [] }],
      updated: 1,
      created: 0,
      failed: 0,
      warnings: [],
    });
    const undone = await kith(vault, "recap", "undo", "--json");
    expect(JSON.parse(undone.stdout)).toEqual({ undone: true, meetingPath: MEETING, partial: false, restored: [DANA], removed: [], skipped: [] });
    expect(await note(vault, DANA)).toBe(before);
    const nothing = await kith(vault, "recap", "undo", "--json");
    expect(JSON.parse(nothing.stdout)).toEqual({ undone: false, restored: [], removed: [], skipped: [] });
  });

  it("recap apply refuses --json with --dry-run, in words, writing nothing", async () => {
    const vault = await copyVault();
    const before = await note(vault, DANA);
    const run = await kith(vault, "recap", "apply", MEETING, "--json", "--dry-run");
    expect(run).toEqual({ status: 2, stdout: "", stderr: "kith: --json and --dry-run do not go together: --dry-run prints a diff.\n" });
    expect(await note(vault, DANA)).toBe(before);
  });
});
