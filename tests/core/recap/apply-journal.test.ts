import { describe, expect, it } from "vitest";
import {
  applyPlan,
  changeToUndo,
  journalLine,
  MemoryJournal,
  MemoryNoteStore,
  parseJournal,
  planRecap,
  readMeetingNote,
  undoRecap,
  type JournalWriter,
  type NoteStore,
  type RecapJournal,
  type RecapPlan,
} from "../../../src/core";
import { change } from "../helpers";
import { EDIT_OPTIONS, fixtureVault, indexOf, recapFixture, SETTINGS, snapshot, TODAY } from "../../fixtures/recap/vault";

const DANA = "People/Dana Okafor.md";
const PRIYA = "People/Priya Raman.md";
const ANA_LIMA = "People/Ana Lima.md";
const DESIGN = "Meetings/2026-03-10 - Design session with Northwind.md";
const DESIGN_TEXT = recapFixture("meetings/2026-03-10 - Design session with Northwind.md");
/** The order the design session's plan writes its notes in. */
const WRITES = [DANA, PRIYA, ANA_LIMA];
const FILE = "last-recap.jsonl";

async function planDesign(): Promise<{ store: MemoryNoteStore; before: Map<string, string>; plan: RecapPlan }> {
  const store = fixtureVault({ [DESIGN]: DESIGN_TEXT });
  const plan = await planRecap(readMeetingNote(DESIGN_TEXT, DESIGN), { store, index: await indexOf(store), settings: SETTINGS, today: TODAY, meetingPath: DESIGN });
  return { store, before: snapshot(store), plan };
}

function parsed(text: string): RecapJournal {
  const journal = parseJournal(text, FILE);
  if (!journal) throw new Error("no journal");
  return journal;
}

/** Never settles: what a write looks like from inside a process killed during it. */
const forever = (): Promise<never> => new Promise<never>(() => undefined);

/**
 * A store that stops the way a killed process does: write number `limit + 1` never starts and
 * never returns (`stopped` then resolves). Reads and the trash pass through.
 */
function stoppingStore(inner: NoteStore, limit: number): { store: NoteStore; stopped: Promise<void> } {
  let writes = 0;
  let stop = (): void => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const halt = (): Promise<never> => {
    stop();
    return forever();
  };
  const store: NoteStore = {
    read: (path) => inner.read(path),
    list: (folder) => inner.list(folder),
    trash: (path) => inner.trash(path),
    process: (path, edit) => (writes++ < limit ? inner.process(path, edit) : halt()),
    create: (path, text) => (writes++ < limit ? inner.create(path, text) : halt()),
  };
  return { store, stopped };
}

/** A store whose writes after the first `limit` fail (a full disk, say): nothing is written by them. */
function failingStore(inner: NoteStore, limit: number): NoteStore {
  let writes = 0;
  const fail = (): Promise<never> => Promise.reject(new Error("no space left on device"));
  return {
    read: (path) => inner.read(path),
    list: (folder) => inner.list(folder),
    trash: (path) => inner.trash(path),
    process: (path, edit) => (writes++ < limit ? inner.process(path, edit) : fail()),
    create: (path, text) => (writes++ < limit ? inner.create(path, text) : fail()),
  };
}

describe("the recap's journal", () => {
  it("holds the header, each note's planned write before it is made, and the end", async () => {
    const { store, before, plan } = await planDesign();
    const journal = new MemoryJournal();
    await applyPlan(plan, store, EDIT_OPTIONS, journal);
    const lines = journal.text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { kind: "recap", meetingPath: DESIGN, appliedOn: TODAY },
      { step: "plan", path: DANA, before: before.get(DANA), after: store.files.get(DANA) },
      { step: "plan", path: PRIYA, before: before.get(PRIYA), after: store.files.get(PRIYA) },
      { step: "plan", path: ANA_LIMA, before: null, after: store.files.get(ANA_LIMA) },
      { step: "done" },
    ]);
    const undo = await undoRecap(parsed(journal.text), store);
    expect(undo).toEqual({ restored: [PRIYA, DANA], removed: [ANA_LIMA], skipped: [] });
    expect(snapshot(store)).toEqual(before);
  });

  it("when it cannot be started, no note is written and the error says why", async () => {
    const { store, before, plan } = await planDesign();
    const unwritable: JournalWriter = {
      start: () => Promise.reject(new Error("the plugin folder is not writable: the recap was not applied, nothing written.")),
      append: () => Promise.reject(new Error("not started")),
    };
    await expect(applyPlan(plan, store, EDIT_OPTIONS, unwritable)).rejects.toThrow("the plugin folder is not writable");
    expect(snapshot(store)).toEqual(before);
  });

  it.each([0, 1, 2])("a recap killed after %i of 3 notes: undo restores exactly those and reports nothing", async (k) => {
    const { store: vault, before, plan } = await planDesign();
    const { store, stopped } = stoppingStore(vault, k);
    const journal = new MemoryJournal();
    void applyPlan(plan, store, EDIT_OPTIONS, journal);
    await stopped;
    const changed = WRITES.filter((path) => vault.files.get(path) !== before.get(path));
    expect(changed).toEqual(WRITES.slice(0, k));
    const record = parsed(journal.text);
    expect(record.complete).toBe(false);
    const undo = await undoRecap(record, vault);
    expect(undo).toEqual({ restored: WRITES.slice(0, k).reverse(), removed: [], skipped: [] });
    expect(snapshot(vault)).toEqual(before);
  });

  it("a recap of 300 new people killed after 194 notes: undo trashes exactly those 194", async () => {
    const vault = fixtureVault();
    const names = Array.from({ length: 300 }, (_, i) => `Guest ${String(i + 1).padStart(3, "0")}`);
    const recap = { ...readMeetingNote(DESIGN_TEXT, DESIGN), attendees: names, facts: [], decisions: [], actions: [] };
    vault.files.set(DESIGN, DESIGN_TEXT);
    const plan = await planRecap(recap, { store: vault, index: await indexOf(vault), settings: SETTINGS, today: TODAY, meetingPath: DESIGN });
    expect(plan.notes.filter((n) => n.create)).toHaveLength(300);
    const before = snapshot(vault);
    const { store, stopped } = stoppingStore(vault, 194);
    const journal = new MemoryJournal();
    void applyPlan(plan, store, EDIT_OPTIONS, journal);
    await stopped;
    expect(vault.files.size - before.size).toBe(194);
    const undo = await undoRecap(parsed(journal.text), vault);
    expect(undo.removed).toHaveLength(194);
    expect(undo.restored).toEqual([]);
    expect(undo.skipped).toEqual([]);
    expect(snapshot(vault)).toEqual(before);
  });

  it("a recap that writes nothing leaves the last recap's journal alone", async () => {
    const { store, plan } = await planDesign();
    await applyPlan(plan, store, EDIT_OPTIONS);
    const again = await planRecap(readMeetingNote(DESIGN_TEXT, DESIGN), { store, index: await indexOf(store), settings: SETTINGS, today: TODAY, meetingPath: DESIGN });
    const journal = new MemoryJournal();
    journal.text = "the last recap's journal";
    const result = await applyPlan(again, store, EDIT_OPTIONS, journal);
    expect(result.unchanged).toEqual(WRITES);
    expect(journal.text).toBe("the last recap's journal");
  });

  it("ignores a last line torn by a kill while it was appended", async () => {
    const { store: vault, before, plan } = await planDesign();
    const { store, stopped } = stoppingStore(vault, 1);
    const journal = new MemoryJournal();
    void applyPlan(plan, store, EDIT_OPTIONS, journal);
    await stopped;
    const torn = journal.text + journalLine({ step: "plan", path: ANA_LIMA, before: null, after: "x" }).slice(0, 30);
    expect(parsed(torn).notes.map((n) => n.path)).toEqual([DANA, PRIYA]);
    expect(await undoRecap(parsed(torn), vault)).toEqual({ restored: [DANA], removed: [], skipped: [] });
    expect(snapshot(vault)).toEqual(before);
  });

  it("notes whose write failed are not reported by undo; the ones written are restored", async () => {
    const { store: vault, before, plan } = await planDesign();
    const journal = new MemoryJournal();
    const result = await applyPlan(plan, failingStore(vault, 1), EDIT_OPTIONS, journal);
    expect(result.failed.map((f) => f.path)).toEqual([PRIYA, ANA_LIMA]);
    expect(journal.text.split("\n").filter((l) => l.includes('"failed"'))).toHaveLength(2);
    expect(await undoRecap(parsed(journal.text), vault)).toEqual({ restored: [DANA], removed: [], skipped: [] });
    expect(snapshot(vault)).toEqual(before);
  });

  it("a note changed between plan and write: the journal records what the store wrote, and undo returns it to the text it found", async () => {
    const { store, before, plan } = await planDesign();
    const edited = change(before.get(DANA) ?? "", ["## Related\n", "## Related\n\n- [[Northwind Foods]]\n"]);
    store.files.set(DANA, edited);
    const journal = new MemoryJournal();
    await applyPlan(plan, store, EDIT_OPTIONS, journal);
    const wrote = journal.text.split("\n").filter((l) => l.includes('"wrote"'));
    expect(wrote.map((l) => JSON.parse(l) as unknown)).toEqual([{ step: "wrote", path: DANA, before: edited, after: store.files.get(DANA) }]);
    expect(await undoRecap(parsed(journal.text), store)).toEqual({ restored: [PRIYA, DANA], removed: [ANA_LIMA], skipped: [] });
    expect(store.files.get(DANA)).toBe(edited);
  });

  it("when a line cannot be appended, the recap stops there and says so; undo restores what it wrote", async () => {
    const { store, before, plan } = await planDesign();
    const inner = new MemoryJournal();
    let appends = 0;
    const breaking: JournalWriter = {
      start: (line) => inner.start(line),
      // The second append is PRIYA's plan line: DANA's was the first, and her write went as planned (no line).
      append: (line) => (++appends < 2 ? inner.append(line) : Promise.reject(new Error("disk full"))),
    };
    await expect(applyPlan(plan, store, EDIT_OPTIONS, breaking)).rejects.toThrow(
      "The recap stopped after writing 1 note: its journal could not be written (disk full). Undo the last recap to restore them.",
    );
    expect(WRITES.filter((path) => store.files.get(path) !== before.get(path))).toEqual([DANA]);
    expect(await undoRecap(parsed(inner.text), store)).toEqual({ restored: [DANA], removed: [], skipped: [] });
    expect(snapshot(store)).toEqual(before);
  });

  it("a note edited after the recap is reported and left as it is", async () => {
    const { store, plan } = await planDesign();
    const journal = new MemoryJournal();
    await applyPlan(plan, store, EDIT_OPTIONS, journal);
    const edited = `${store.files.get(PRIYA) ?? ""}\nmore`;
    store.files.set(PRIYA, edited);
    const undo = await undoRecap(parsed(journal.text), store);
    expect(undo.skipped).toEqual([{ path: PRIYA, reason: "it changed after the recap" }]);
    expect(store.files.get(PRIYA)).toBe(edited);
  });

  it("refuses a damaged line, naming the file and the line; an empty journal is no recap", () => {
    const header = journalLine({ kind: "recap", meetingPath: DESIGN, appliedOn: TODAY });
    expect(() => parseJournal(`${header}{"step":"plan"}\n${journalLine({ step: "done" })}`, FILE)).toThrow(
      `${FILE}, line 2: not a line of a recap's journal; nothing was undone.`,
    );
    expect(() => parseJournal("[]\n", FILE)).toThrow(`${FILE}, line 1:`);
    expect(parseJournal("", FILE)).toBeNull();
    expect(parseJournal('{"kind":"re', FILE)).toBeNull();
  });
});

describe("what undoing one note takes", () => {
  const write = { before: "a", after: "b" };
  it("reverts the write whose result the note holds, planned or as written", () => {
    expect(changeToUndo("n", [write, { before: "c", after: "d" }], "b")).toEqual({ path: "n", before: "a", after: "b" });
    expect(changeToUndo("n", [write, { before: "c", after: "d" }], "d")).toEqual({ path: "n", before: "c", after: "d" });
  });
  it("needs nothing for a note as it was before, or one the recap left as it was", () => {
    expect(changeToUndo("n", [write], "a")).toBeNull();
    expect(changeToUndo("n", [{ before: null, after: "b" }], null)).toBeNull();
    expect(changeToUndo("n", [{ before: "x", after: "x" }], "y")).toBeNull();
  });
  it("hands anything else on as the last write, for the revert to report", () => {
    expect(changeToUndo("n", [write], "z")).toEqual({ path: "n", before: "a", after: "b" });
    expect(changeToUndo("n", [write], undefined)).toEqual({ path: "n", before: "a", after: "b" });
  });
});
