import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey, PeopleIndex, type PersonEntry } from "../../../src/core";

/** An entry with only what the index reads (name, file name, aliases, emails). */
function entry(path: string, name: string): PersonEntry {
  return { path, name, fileName: name, aliases: [], emails: [], role: null, company: null, handle: "", keyDates: [], lastContact: null, tags: [], needsReview: false, cadence: { days: null, snoozedUntil: null, since: null } } as unknown as PersonEntry;
}

/** The partial answer as the index gave it before its word map: every person, in order, whose name holds every word of the query. */
function scanned(entries: ReadonlyMap<string, PersonEntry>, query: string): string[] {
  const words = nameKey(query).split(" ");
  return [...entries.values()].filter((e) => words.every((w) => nameKey(e.name).split(" ").includes(w))).map((e) => e.path);
}

const WORDS = ["Dana", "Okafor", "Reyes", "Sam", "Lee", "Ana", "Lima", "José", "Núñez"];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
/** Notes set (a path and a name), removed, and set again, as a vault changes. */
const step = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), path: fc.integer({ min: 0, max: 9 }), name }),
  fc.record({ kind: fc.constant("remove" as const), path: fc.integer({ min: 0, max: 9 }), name }),
);

describe("PeopleIndex partial match", () => {
  it("finds the people whose name holds every word of the query, in the index's order, whatever was set and removed before", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), name, (steps, query) => {
        const index = new PeopleIndex();
        const model = new Map<string, PersonEntry>();
        for (const s of steps) {
          const path = `People/${s.path}.md`;
          if (s.kind === "set") {
            index.set(path, entry(path, s.name));
            model.delete(path);
            model.set(path, entry(path, s.name));
          } else {
            index.remove(path);
            model.delete(path);
          }
        }
        const { exact, partial } = index.match(query);
        if (exact.length === 0) expect(partial.map((e) => e.path)).toEqual(scanned(model, query));
      }),
    );
  });

  it.each([
    ["a first name", "dana", ["People/1.md", "People/3.md"]],
    ["a word no one has", "zebra", []],
    ["two words of one name in another order", "okafor sam", ["People/3.md"]],
  ])("%s", (_what, query, paths) => {
    const index = new PeopleIndex();
    for (const [path, n] of [["People/1.md", "Dana Reyes"], ["People/2.md", "Sam Lee"], ["People/3.md", "Dana Sam Okafor"]] as const) index.set(path, entry(path, n));
    expect(index.match(query).partial.map((e) => e.path)).toEqual(paths);
  });
});
