import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ALL_PEOPLE, PEOPLE_COLUMNS, peopleFilters, peopleRows, peopleTable, personEntry, type PeopleQuery } from "../../../src/core";

const TODAY = "2026-03-25";

/** Person notes in the layouts the table reads: Properties, a contact table, tags as a list and as a string. */
const NOTES: Record<string, string> = {
  "People/Dana Okafor.md": `---
type: person
last_contact: 2026-01-02
tags: [work/northwind, needs-review]
auto_created: true
---
# Dana Okafor

## Contact
| Field | Value |
| --- | --- |
| **Company** | Northwind Foods |
| **Role** | Head of data |
| **Birthday** | 1990-04-02 |
`,
  "People/Friends/José Álvarez.md": `---
type: person
last_contact: "2026-03-20"
keep_in_touch: 14
tags: friend
birthday: --12-01
---
# José Álvarez
`,
  "People/Lee Chen.md": `---
type: person
last_contact: 2025-12-01
snooze_until: 2026-04-01
company: Brightwell
role: CTO
---
# Lee Chen
`,
  "Contacts/Ana Ruiz.md": `---
type: person
keep_in_touch: 0
tags: "#friend #work"
---
# Ana Ruiz
`,
};

const rows = peopleRows(
  Object.entries(NOTES).flatMap(([path, text]) => personEntry(path, text) ?? []),
  TODAY,
  30,
);

describe("peopleRows", () => {
  it("reads each person's columns from the index entry", () => {
    expect(rows.map((r) => [r.name, r.folder, r.company, r.role, r.lastContact, r.nextKeyDate, r.keepInTouch, r.overdueDays, r.needsReview, r.tags])).toEqual([
      ["Ana Ruiz", "Contacts", "", "", null, null, "not-tracked", 0, false, ["friend", "work"]],
      ["Dana Okafor", "People", "Northwind Foods", "Head of data", "2026-01-02", { label: "Birthday", date: "2026-04-02" }, "stale", 52, true, ["work/northwind", "needs-review"]],
      ["José Álvarez", "People/Friends", "", "", "2026-03-20", { label: "Birthday", date: "2026-12-01" }, "on-track", 0, false, ["friend"]],
      ["Lee Chen", "People", "Brightwell", "CTO", "2025-12-01", null, "snoozed", 0, false, []],
    ]);
  });
});

const names = (query: Partial<PeopleQuery>): string[] => peopleTable(rows, { ...ALL_PEOPLE, ...query }).map((r) => r.name);

describe("peopleTable", () => {
  it.each<[string, Partial<PeopleQuery>, string[]]>([
    ["everyone by name", {}, ["Ana Ruiz", "Dana Okafor", "José Álvarez", "Lee Chen"]],
    ["by name, descending", { descending: true }, ["Lee Chen", "José Álvarez", "Dana Okafor", "Ana Ruiz"]],
    ["by company: blanks last", { sort: "company" }, ["Lee Chen", "Dana Okafor", "Ana Ruiz", "José Álvarez"]],
    ["by company, descending: blanks still last", { sort: "company", descending: true }, ["Dana Okafor", "Lee Chen", "Ana Ruiz", "José Álvarez"]],
    ["by role", { sort: "role" }, ["Lee Chen", "Dana Okafor", "Ana Ruiz", "José Álvarez"]],
    ["by last contact, oldest first", { sort: "lastContact" }, ["Lee Chen", "Dana Okafor", "José Álvarez", "Ana Ruiz"]],
    ["by last contact, latest first", { sort: "lastContact", descending: true }, ["José Álvarez", "Dana Okafor", "Lee Chen", "Ana Ruiz"]],
    ["by next key date", { sort: "nextKeyDate" }, ["Dana Okafor", "José Álvarez", "Ana Ruiz", "Lee Chen"]],
    ["by keep in touch: stale first", { sort: "keepInTouch" }, ["Dana Okafor", "Lee Chen", "José Álvarez", "Ana Ruiz"]],
    ["by review flag", { sort: "needsReview" }, ["Dana Okafor", "Ana Ruiz", "José Álvarez", "Lee Chen"]],
    ["text: any case and accents", { text: "JOSE" }, ["José Álvarez"]],
    ["text: every word, in any field", { text: "northwind head" }, ["Dana Okafor"]],
    ["text: a tag", { text: "friend" }, ["Ana Ruiz", "José Álvarez"]],
    ["text: no one", { text: "zebra" }, []],
    ["tag, with or without #, and its nested tags", { tag: "#Work" }, ["Ana Ruiz", "Dana Okafor"]],
    ["folder and its subfolders", { folder: "People" }, ["Dana Okafor", "José Álvarez", "Lee Chen"]],
    ["a subfolder", { folder: "People/Friends" }, ["José Álvarez"]],
    ["a folder's name is not a prefix of another's", { folder: "Peo" }, []],
    ["filters together", { tag: "friend", folder: "Contacts", text: "ana" }, ["Ana Ruiz"]],
  ])("%s", (_, query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it("never changes the rows it is given", () => {
    const before = rows.map((r) => r.path);
    peopleTable(rows, { ...ALL_PEOPLE, sort: "company", descending: true });
    expect(rows.map((r) => r.path)).toEqual(before);
  });
});

describe("peopleFilters", () => {
  it("offers every tag and every folder with its parents", () => {
    expect(peopleFilters(rows)).toEqual({ tags: ["friend", "needs-review", "work", "work/northwind"], folders: ["Contacts", "People", "People/Friends"] });
  });
});

describe("peopleTable, for any people and any query", () => {
  const entry = fc.record({
    name: fc.stringMatching(/^[A-Za-zÁé ]{1,12}$/),
    folder: fc.constantFrom("", "People", "People/Friends", "Contacts"),
    company: fc.option(fc.constantFrom("Northwind", "Brightwell", "Açaí"), { nil: null }),
    tags: fc.array(fc.constantFrom("friend", "work", "work/team", "needs-review"), { maxLength: 3 }),
    lastContact: fc.option(fc.constantFrom("2025-01-01", "2026-03-01", "2026-03-24"), { nil: null }),
  });
  const query = fc.record({
    text: fc.constantFrom("", "a", "north", "É", "friend"),
    tag: fc.option(fc.constantFrom("work", "#friend", "needs-review"), { nil: null }),
    folder: fc.option(fc.constantFrom("People", "Contacts", "People/Friends"), { nil: null }),
    sort: fc.constantFrom(...PEOPLE_COLUMNS),
    descending: fc.boolean(),
  });
  const toRows = (entries: { name: string; folder: string; company: string | null; tags: string[]; lastContact: string | null }[]) =>
    peopleRows(
      entries.map((e, i) => ({
        path: `${e.folder === "" ? "" : `${e.folder}/`}${i}.md`,
        name: e.name,
        fileName: String(i),
        aliases: [],
        emails: [],
        role: null,
        company: e.company,
        handle: "",
        keyDates: [],
        lastContact: e.lastContact,
        tags: e.tags,
        needsReview: e.tags.includes("needs-review"),
        cadence: { since: e.lastContact, keepInTouch: null, snoozeUntil: null },
      })),
      TODAY,
      30,
    );

  it("keeps each row at most once, only rows the filters match, and every row they match", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), query, (entries, q) => {
        const all = toRows(entries);
        const kept = peopleTable(all, q);
        expect(new Set(kept.map((r) => r.path)).size).toBe(kept.length);
        const unfiltered = peopleTable(all, { ...q, text: "", tag: null, folder: null });
        expect(unfiltered.map((r) => r.path).sort()).toEqual(all.map((r) => r.path).sort());
        // Filtering does not change the order: the kept rows are the unfiltered order's, some left out.
        const keptPaths = new Set(kept.map((r) => r.path));
        expect(unfiltered.filter((r) => keptPaths.has(r.path))).toEqual(kept);
      }),
    );
  });

  it("turns the order round on descending, blanks staying last", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const all = toRows(entries);
        const up = peopleTable(all, { ...ALL_PEOPLE, sort: "lastContact" }).map((r) => r.lastContact);
        const down = peopleTable(all, { ...ALL_PEOPLE, sort: "lastContact", descending: true }).map((r) => r.lastContact);
        const dated = (list: (string | null)[]) => list.filter((d) => d !== null);
        expect(dated(down)).toEqual([...dated(up)].reverse());
        expect(up.slice(dated(up).length).every((d) => d === null)).toBe(true);
        expect(down.slice(dated(down).length).every((d) => d === null)).toBe(true);
      }),
    );
  });
});
