import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPlan, MemoryNoteStore, planRecap, readMeetingNote, undoRecap, type ActionItem, type Recap } from "../../../src/core";
import { BOM, crlf } from "../helpers";
import { EDIT_OPTIONS, indexOf, person, planAndApply, SETTINGS, snapshot, TODAY } from "../../fixtures/recap/vault";

/** A small vault: known people (one with CRLF line endings and a BOM), two Anas, and you. */
function smallVault(): MemoryNoteStore {
  const names = ["Dana Okafor", "Priya Raman", "Tomás Núñez", "Ana Lúcia Ferreira", "Ana Souza", "Sam Reyes"];
  return new MemoryNoteStore({
    ...Object.fromEntries(names.map((n) => [`People/${n}.md`, person(n)])),
    "People/Jo Park.md": BOM + crlf(person("Jo Park")),
  });
}

/** Names as recaps write them: known people every way they can be named, new people, you, and an ambiguous "Ana". */
const NAMES = [
  "Dana Okafor",
  "Okafor, Dana",
  "Dana",
  "Priya Raman",
  "Pri",
  "priya.raman@contoso.example",
  "Tomas Nunez",
  "tomas.nunez@fabrikam.example",
  "Josephine Park",
  "Jo Park",
  "Ana Souza",
  "Ana Lucia Ferreira",
  "Ana",
  "Lee Chen",
  "Lee/Chen",
  "Kemi Okafor",
  "kemi@northwind.example",
  "Sam Reyes",
  "Sam",
];

const WORDS = ["pilot", "budget", "replication", "Spark", "quote", "renewal", "runbook", "April", "two", "clusters", "EUR", "sizing", "rota", "Q3", "(draft)", "3.5", "$2M", "café"];
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const sentence = words(1, 6).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`);

/** A fact or decision: shared, or addressed to an attendee (by name, first name or link), or a label that is no one. */
function item(attendees: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    sentence,
    fc.tuple(fc.constantFrom(...attendees), sentence).map(([a, s]) => `${a}: ${s}`),
    fc.tuple(fc.constantFrom(...attendees), sentence).map(([a, s]) => `${a.split(/[ ,]/)[0] ?? a}: ${s}`),
    fc.tuple(fc.constantFrom(...attendees), sentence).map(([a, s]) => `[[${a}]]: ${s}`),
    sentence.map((s) => `Budget: ${s}`),
  );
}

const recapArb: fc.Arbitrary<Recap> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .chain((attendees) =>
    fc.record({
      date: fc.constantFrom("2026-03-10", "2026-03-01", "2026-02-20", "2025-12-31"),
      title: fc.tuple(words(1, 5), fc.constantFrom("", ": follow-up", " / Q2", " #3")).map(([w, s]) => `${w}${s}`),
      attendees: fc.constant(attendees),
      via: fc.constantFrom(null, "Northwind", "Contoso: Retail", "Sam Reyes"),
      summary: fc.oneof(fc.constant(""), words(1, 30)),
      facts: fc.array(item(attendees), { maxLength: 4 }),
      decisions: fc.array(fc.tuple(fc.boolean(), item(attendees)).map(([check, d]) => (check ? `✅ ${d}` : d)), { maxLength: 3 }),
      topics: fc.array(fc.constantFrom("Pilot scoping", "pilot scoping", "Renewals", "Replication design", "Capacity planning (Q2, Q3)"), { maxLength: 3 }),
      actions: fc.array(
        fc.record<ActionItem>({ text: sentence, owner: fc.constantFrom(null, ...attendees), due: fc.constantFrom(null, "2026-04-01") }),
        { maxLength: 2 },
      ),
      tags: fc.constantFrom([], ["meeting/customer"]),
    }),
  );

describe("properties of applying recaps", () => {
  it("apply twice == apply once, from the recap and from the meeting note it wrote; undo restores every byte", async () => {
    await fc.assert(
      fc.asyncProperty(recapArb, async (recap) => {
        const store = smallVault();
        const original = snapshot(store);
        const plan = await planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY });
        if (plan.blocking.length > 0) {
          await expect(applyPlan(plan, store, EDIT_OPTIONS)).rejects.toThrow();
          expect(snapshot(store)).toEqual(original);
          return;
        }
        const first = await applyPlan(plan, store, EDIT_OPTIONS);
        expect(first.failed).toEqual([]);
        const once = snapshot(store);

        // The same recap again, against its meeting note, on a later day: not one byte changes.
        const again = await planAndApply(store, recap, { meetingPath: plan.meetingPath, today: "2026-04-30" });
        expect(again.result.updated).toEqual([]);
        expect(again.result.created).toEqual([]);
        expect(snapshot(store)).toEqual(once);

        // The meeting note it wrote, read back and applied: not one byte changes either.
        const note = store.files.get(plan.meetingPath) ?? "";
        const fromNote = await planAndApply(store, readMeetingNote(note, plan.meetingPath), { meetingPath: plan.meetingPath, today: "2026-04-30" });
        expect(fromNote.plan.blocking).toEqual([]);
        expect(fromNote.result.updated).toEqual([]);
        expect(fromNote.result.created).toEqual([]);
        expect(snapshot(store)).toEqual(once);

        // Undo of the first apply: every original byte, and nothing else.
        const undo = await undoRecap(first.undo, store);
        expect(undo.skipped).toEqual([]);
        expect(snapshot(store)).toEqual(original);
        expect([...store.trashed.keys()].sort()).toEqual([...first.created].sort());
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it("an edited recap applied again keeps the meeting's one line as it was, and every fact already there", async () => {
    await fc.assert(
      fc.asyncProperty(recapArb, words(1, 12), sentence, async (recap, summary, fact) => {
        const store = smallVault();
        const first = await planAndApply(store, recap).catch(() => null);
        fc.pre(first !== null);
        if (!first) return;
        const once = snapshot(store);
        const edited: Recap = { ...recap, summary, facts: [...recap.facts, fact] };
        const again = await planAndApply(store, edited, { meetingPath: first.plan.meetingPath, today: "2026-04-30" });
        expect(again.result.failed).toEqual([]);
        const link = `[[${first.plan.meetingLink}]]`;
        for (const note of first.plan.notes) {
          const text = store.files.get(note.path) ?? "";
          // One line for the meeting, the one the first apply wrote (unlike the edited recap's, so
          // taken for the user's and kept, and the plan says so); every other line is still there.
          const meetingLines = text.split(/\r?\n/).filter((l) => l.includes(link));
          expect(meetingLines).toHaveLength(1);
          const onceLines = (once.get(note.path) ?? "").split(/\r?\n/);
          expect(onceLines).toContain(meetingLines[0]);
          for (const kept of again.plan.notes.find((n) => n.path === note.path)?.kept ?? []) expect(kept).toBe(`Kept your edited Recent Context line for ${link}.`);
          const lines = new Set(text.split(/\r?\n/));
          const lost = onceLines.filter((l) => !lines.has(l) && !l.startsWith("*Last updated:"));
          expect(lost).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
