import { describe, expect, it } from "vitest";
import { applyPlan, emptyRecap, MemoryJournal, MemoryNoteStore, parseJournal, planRecap, readMeetingNote, renderMeetingNote, undoRecap, type Recap, type RecapJournal } from "../../../src/core";
import { md } from "../helpers";
import { EDIT_OPTIONS, fixtureVault, indexOf, SETTINGS, snapshot, TODAY } from "../../fixtures/recap/vault";

/**
 * A recap on a meeting note that exists (a calendar event started it) fills that note too when
 * the caller asks: planned beside the attendees' notes, written first, journalled, undone.
 */

const MEETING = "Meetings/2026-03-12 - Pilot kickoff.md";
const DANA = "People/Dana Okafor.md";
const PRIYA = "People/Priya Raman.md";

const EVENT: Recap = { ...emptyRecap(), date: "2026-03-12", title: "Pilot kickoff", attendees: ["Dana Okafor", "Priya Raman"], emails: { "Dana Okafor": "dana@northwind.example" }, summary: "Agenda: scope the pilot." };
const STARTED = renderMeetingNote(EVENT, { linkTargets: new Map([["Dana Okafor", "Dana Okafor"], ["Priya Raman", "Priya Raman"]]) });

/** What the user typed into the form opened on the started note. */
const RECAP: Recap = {
  ...EVENT,
  attendees: ["Dana Okafor", "Priya Raman", "Lee Chen"],
  summary: "Agenda: scope the pilot. Scoped it to two clusters.",
  facts: ["Dana: Prefers Friday calls"],
  decisions: ["Run the pilot on real workloads"],
  actions: [{ text: "Send the sizing", owner: "Dana Okafor", due: "2026-03-20" }],
  transcript: "Transcripts/Pilot kickoff.vtt",
};

const UPDATED = md(
  "---",
  "type: meeting",
  "date: '2026-03-12'",
  "title: Pilot kickoff",
  "attendees:",
  "- '[[Dana Okafor]]'",
  "- '[[Priya Raman]]'",
  "- '[[Lee Chen]]'",
  "attendee_emails:",
  "- Dana Okafor <dana@northwind.example>",
  "transcript: '[[Transcripts/Pilot kickoff.vtt]]'",
  "---",
  "",
  "# Pilot kickoff",
  "",
  "## Summary",
  "",
  "Agenda: scope the pilot.",
  "",
  "Scoped it to two clusters.",
  "",
  "## Key Facts",
  "",
  "- Dana: Prefers Friday calls",
  "",
  "## Decisions",
  "",
  "- Run the pilot on real workloads",
  "",
  "## Topics",
  "",
  "## Action Items",
  "",
  "- [ ] Send the sizing @DanaOkafor 📅 2026-03-20",
  "",
);

async function plan(store: MemoryNoteStore, updateMeetingNote: boolean, recap: Recap = RECAP) {
  return planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY, meetingPath: MEETING, updateMeetingNote });
}

function journalOf(journal: MemoryJournal): RecapJournal {
  const parsed = parseJournal(journal.text, "last-recap.jsonl");
  if (!parsed) throw new Error("no journal");
  return parsed;
}

describe("a recap on an existing meeting note", () => {
  it("plans the note's update when asked; the attendees' notes are planned as without it", async () => {
    const store = fixtureVault({ [MEETING]: STARTED });
    const withUpdate = await plan(store, true);
    const without = await plan(store, false);
    expect(withUpdate.meetingNote).toBeNull();
    expect(withUpdate.meetingUpdate).toEqual({ attendee: "2026-03-12 - Pilot kickoff", path: MEETING, create: false, before: STARTED, after: UPDATED, error: null, kept: [] });
    expect(withUpdate.notes).toEqual(without.notes);
    expect(without.meetingUpdate).toBeUndefined();
  });

  it("leaves the note alone when not asked (kith recap apply reads it as the recap's source)", async () => {
    const store = fixtureVault({ [MEETING]: STARTED });
    const result = await applyPlan(await plan(store, false, readMeetingNote(STARTED, MEETING)), store, EDIT_OPTIONS);
    expect(store.files.get(MEETING)).toBe(STARTED);
    expect(result.updated).toEqual([DANA, PRIYA]);
  });

  it("writes the meeting note first, journalled; undo restores it and every person note byte for byte", async () => {
    const store = fixtureVault({ [MEETING]: STARTED });
    const before = snapshot(store);
    const journal = new MemoryJournal();
    const result = await applyPlan(await plan(store, true), store, EDIT_OPTIONS, journal);
    expect(store.files.get(MEETING)).toBe(UPDATED);
    expect(result.updated).toEqual([MEETING, DANA, PRIYA]);
    expect(result.created).toEqual(["People/Lee Chen.md"]);
    expect(result.undo.entries[0]).toEqual({ path: MEETING, before: STARTED, after: UPDATED });
    const written = journalOf(journal);
    expect(written.complete).toBe(true);
    expect(written.notes.map((n) => n.path)).toEqual([MEETING, DANA, PRIYA, "People/Lee Chen.md"]);
    expect(store.files.get(DANA)).toContain("## Recent Context\n\n- 2026-03-12: [[2026-03-12 - Pilot kickoff]] - Agenda: scope the pilot. Scoped it to two clusters.");

    const undone = await undoRecap(written, store);
    expect(undone.restored).toEqual([PRIYA, DANA, MEETING]);
    expect(undone.removed).toEqual(["People/Lee Chen.md"]);
    expect(snapshot(store)).toEqual(before);
  });

  it("edits a meeting note changed since the plan from its current text, keeping the user's new line", async () => {
    const store = fixtureVault({ [MEETING]: STARTED });
    const planned = await plan(store, true);
    const edited = `${STARTED}\nCall Dana back.\n`;
    store.files.set(MEETING, edited);
    const journal = new MemoryJournal();
    await applyPlan(planned, store, EDIT_OPTIONS, journal);
    // The task goes after the section's last line, which is now the user's.
    expect(store.files.get(MEETING)).toBe(UPDATED.replace("## Action Items\n\n", "## Action Items\n\nCall Dana back.\n"));
    await undoRecap(journalOf(journal), store);
    expect(store.files.get(MEETING)).toBe(edited);
  });

  it("applied again, writes nothing and keeps the last journal", async () => {
    const store = fixtureVault({ [MEETING]: STARTED });
    await applyPlan(await plan(store, true), store, EDIT_OPTIONS, new MemoryJournal());
    const after = snapshot(store);
    const journal = new MemoryJournal();
    const again = await applyPlan(await plan(store, true), store, EDIT_OPTIONS, journal);
    expect(again.unchanged).toEqual([MEETING, DANA, PRIYA, "People/Lee Chen.md"]);
    expect(journal.text).toBe("");
    expect(snapshot(store)).toEqual(after);
  });

  it("a meeting note gone since the form opened is reported; the attendees are still updated", async () => {
    const store = fixtureVault();
    const planned = await plan(store, true);
    expect(planned.meetingUpdate?.error).toBe(`${MEETING} could not be read.`);
    const result = await applyPlan(planned, store, EDIT_OPTIONS);
    expect(result.failed).toEqual([{ path: MEETING, attendee: "2026-03-12 - Pilot kickoff", error: `${MEETING} could not be read.` }]);
    expect(result.updated).toEqual([DANA, PRIYA]);
    expect(store.files.has(MEETING)).toBe(false);
  });
});
