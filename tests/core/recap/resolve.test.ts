import { beforeAll, describe, expect, it } from "vitest";
import { resolveAttendees, type AttendeeResolution, type PeopleIndex } from "../../../src/core";
import { fixtureVault, indexOf } from "../../fixtures/recap/vault";

const SELF = ["Sam Reyes", "Sam"];

let index: PeopleIndex;
beforeAll(async () => {
  index = await indexOf(fixtureVault());
});

/** A resolution as `[name, status, path or candidates' paths]`, for tables. */
function brief(r: AttendeeResolution): [string, string, string | string[] | null] {
  if (r.status === "ambiguous") return [r.name, r.status, r.candidates.map((c) => c.path)];
  return [r.name, r.status, r.person?.path ?? null];
}

function resolveOne(name: string, mapping?: Map<string, string>): [string, string, string | string[] | null] {
  const [only, ...rest] = resolveAttendees([name], index, { self: SELF, mapping });
  expect(rest).toEqual([]);
  if (!only) throw new Error(`nothing resolved for ${name}`);
  return brief(only);
}

describe("resolveAttendees: who each attendee is", () => {
  it.each([
    { how: "title", name: "Dana Okafor", path: "People/Dana Okafor.md" },
    { how: "title, other case and spacing", name: "  dana   OKAFOR ", path: "People/Dana Okafor.md" },
    { how: "title written as [[link]] text", name: "Priya Raman", path: "People/Priya Raman.md" },
    { how: "file name (title differs)", name: "Jo Park", path: "People/Jo Park.md" },
    { how: "title that is not the file name", name: "Josephine Park", path: "People/Jo Park.md" },
    { how: "alias", name: "Pri", path: "People/Priya Raman.md" },
    { how: "alias, other case", name: "PRI", path: "People/Priya Raman.md" },
    { how: "email in the contact table", name: "priya.raman@contoso.example", path: "People/Priya Raman.md" },
    { how: "email in the contact table, other case", name: "Priya.Raman@Contoso.Example", path: "People/Priya Raman.md" },
    { how: "email in frontmatter", name: "tomas.nunez@fabrikam.example", path: "People/Tomás Núñez.md" },
    { how: "Last, First", name: "Okafor, Dana", path: "People/Dana Okafor.md" },
    { how: "without accents", name: "Tomas Nunez", path: "People/Tomás Núñez.md" },
    { how: "Last, First without accents, lower case", name: "nunez, tomas", path: "People/Tomás Núñez.md" },
    { how: "accents decomposed (NFD)", name: "Tomás Núñez".normalize("NFD"), path: "People/Tomás Núñez.md" },
    { how: "full name with accents", name: "Ana Lúcia Ferreira", path: "People/Ana Lúcia Ferreira.md" },
    { how: "full name without accents", name: "Ana Lucia Ferreira", path: "People/Ana Lúcia Ferreira.md" },
    // A new note for these would land on the person's own file: they are that person.
    { how: "file name once made file-safe", name: "Dana Okafor?", path: "People/Dana Okafor.md" },
    { how: "title once made file-safe", name: "Josephine/Park", path: "People/Jo Park.md" },
  ])("matches by $how: $name", ({ name, path }) => {
    expect(resolveOne(name)).toEqual([name, "matched", path]);
  });

  it.each([
    { name: "Ana", candidates: ["People/Ana Lúcia Ferreira.md", "People/Ana Souza.md"] },
    { name: "ana", candidates: ["People/Ana Lúcia Ferreira.md", "People/Ana Souza.md"] },
    { name: "Dana", candidates: ["People/Dana Okafor.md"] },
    { name: "Okafor", candidates: ["People/Dana Okafor.md"] },
    { name: "Tomas", candidates: ["People/Tomás Núñez.md"] },
    { name: "Ana Ferreira", candidates: ["People/Ana Lúcia Ferreira.md"] },
    { name: "Dana?", candidates: ["People/Dana Okafor.md"] },
  ])("never takes a part of a name silently: $name is ambiguous", ({ name, candidates }) => {
    expect(resolveOne(name)).toEqual([name, "ambiguous", candidates]);
  });

  it.each([
    { name: "Ana Lima" },
    { name: "priya@elsewhere.example" },
    { name: "Priya Ramanathan" },
    { name: "Lee/Chen" },
    // A note whose frontmatter cannot be read is not in the index.
    { name: "Kai Brandt" },
  ])("someone without a note is new: $name", ({ name }) => {
    expect(resolveOne(name)).toEqual([name, "new", null]);
  });

  it.each([
    { name: "Sam Reyes" },
    { name: "sam reyes" },
    { name: "Reyes, Sam" },
    { name: "Sam" },
  ])("you are left out, even with a note of your own: $name", ({ name }) => {
    expect(resolveOne(name)).toEqual([name, "self", null]);
  });

  it.each([
    { to: "a full name", target: "Ana Souza", path: "People/Ana Souza.md" },
    { to: "a name without accents", target: "Ana Lucia Ferreira", path: "People/Ana Lúcia Ferreira.md" },
    { to: "a path", target: "People/Ana Lúcia Ferreira.md", path: "People/Ana Lúcia Ferreira.md" },
    { to: "a path without .md", target: "People/Ana Souza", path: "People/Ana Souza.md" },
    { to: "an email", target: "ana.ferreira@northwind.example", path: "People/Ana Lúcia Ferreira.md" },
  ])("a mapping to $to resolves an ambiguous name", ({ target, path }) => {
    expect(resolveOne("Ana", new Map([["ana", target]]))).toEqual(["Ana", "matched", path]);
  });

  it("a mapping to someone who has no note makes the attendee new", () => {
    expect(resolveOne("Ana", new Map([["Ana", "Ana Lima"]]))).toEqual(["Ana", "new", null]);
  });

  it("resolves a meeting's attendees once each, in order", () => {
    const attendees = ["Dana", "Dana Okafor", "Pri", "Priya Raman", "Sam Reyes", "Ana", "Ana Lima", "ana lima", "", "  "];
    expect(resolveAttendees(attendees, index, { self: SELF }).map(brief)).toEqual([
      // "Dana" is the first name of one other attendee: the same person, no question asked.
      ["Dana Okafor", "matched", "People/Dana Okafor.md"],
      // Two names of one person both stay: facts may name either; the plan updates the note once.
      ["Pri", "matched", "People/Priya Raman.md"],
      ["Priya Raman", "matched", "People/Priya Raman.md"],
      ["Sam Reyes", "self", null],
      // "Ana" is Ana Lima's first name in this meeting: one person, and a new one.
      ["Ana Lima", "new", null],
    ]);
  });

  it("with no self names, nobody is left out", () => {
    expect(resolveAttendees(["Sam Reyes"], index, { self: ["", " "] }).map(brief)).toEqual([["Sam Reyes", "matched", "People/Sam Reyes.md"]]);
  });
});
