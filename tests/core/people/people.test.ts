import { describe, expect, it } from "vitest";
import {
  addKeyFact,
  createPerson,
  editPersonNote,
  KithError,
  loadPeopleIndex,
  MemoryNoteStore,
  newPersonNote,
  PeopleIndex,
  personEntry,
  resolvePerson,
  type PersonEntry,
} from "../../../src/core";
import { CTX, fixture, md, TODAY } from "../helpers";

const DANA = fixture("Dana Okafor.md");

function vault(): MemoryNoteStore {
  return new MemoryNoteStore({
    "People/Dana Okafor.md": DANA,
    "People/Dana Reyes.md": md("---", "type: people", "aliases: [DR]", "---", "# Dana Reyes", ""),
    "People/José Álvarez.md": md("---", "type: people", "email: Jose@Alvarez.example", "---", ""),
    "People/flow-tags.md": fixture("flow-tags.md"),
    "People/Tagged.md": md("---", "tags: [type/people]", "---", "# Tag Only", ""),
    "Projects/Not a person.md": md("---", "type: project", "title: Dana Okafor", "---", ""),
    "People/broken.md": fixture("malformed-yaml.md"),
    "People/readme.txt": "not markdown",
  });
}

async function index(): Promise<PeopleIndex> {
  return loadPeopleIndex(vault(), { peopleFolder: "People" });
}

const paths = (entries: PersonEntry[]): string[] => entries.map((e) => e.path).sort();

describe("personEntry", () => {
  it("keeps what is needed to find a person", () => {
    expect(personEntry("People/Dana Okafor.md", DANA)).toEqual({
      path: "People/Dana Okafor.md",
      name: "Dana Okafor",
      fileName: "Dana Okafor",
      aliases: [],
      emails: [],
      role: "Head of data platform (owns the lakehouse roadmap)",
      company: "Northwind Foods",
      handle: "@DanaOkafor",
      keyDates: [],
      lastContact: "2026-03-02",
      tags: ["type/people", "needs-review"],
      needsReview: true,
      cadence: { since: "2026-03-02", keepInTouch: null, snoozeUntil: null },
    });
    expect(personEntry("People/c.md", fixture("contact-table-extra-column.md"))?.emails).toEqual(["sunita@brightwell.example"]);
    expect(personEntry("People/x.md", fixture("malformed-yaml.md"))).toBeNull();
    expect(personEntry("People/x.md", fixture("no-frontmatter.md"))).toBeNull();
  });
});

describe("PeopleIndex", () => {
  it("indexes only person notes", async () => {
    const people = await index();
    expect([...people.entries()].map((e) => e.path).sort()).toEqual([
      "People/Dana Okafor.md",
      "People/Dana Reyes.md",
      "People/José Álvarez.md",
      "People/Tagged.md",
      "People/flow-tags.md",
    ]);
    expect(people.size).toBe(5);
  });

  it.each([
    ["an exact name", "Dana Okafor", ["People/Dana Okafor.md"], []],
    ["another case and spacing", "  dana   OKAFOR ", ["People/Dana Okafor.md"], []],
    ["Last, First", "Okafor, Dana", ["People/Dana Okafor.md"], []],
    ["without accents", "jose alvarez", ["People/José Álvarez.md"], []],
    ["the file name", "flow-tags", ["People/flow-tags.md"], []],
    ["an alias", "dr", ["People/Dana Reyes.md"], []],
    ["an alias written Last, First", "Amara Nwosu", ["People/flow-tags.md"], []],
    ["an email, any case", " JOSE@alvarez.EXAMPLE ", ["People/José Álvarez.md"], []],
    ["a first name: partial, never exact", "Dana", [], ["People/Dana Okafor.md", "People/Dana Reyes.md"]],
    ["a last name", "Reyes", [], ["People/Dana Reyes.md"]],
    ["nobody", "Zed", [], []],
    ["nothing", "   ", [], []],
  ])("match: %s", async (_what, query, exact, partial) => {
    const result = (await index()).match(query);
    expect(paths(result.exact)).toEqual(exact);
    expect(paths(result.partial)).toEqual(partial);
  });

  it("set replaces an entry and its keys; null removes it", async () => {
    const people = await index();
    const renamed = personEntry("People/Dana Okafor.md", DANA.replace("title: Dana Okafor", "title: Dana Okafor-Lee"));
    people.set("People/Dana Okafor.md", renamed);
    expect(paths(people.match("Dana Okafor-Lee").exact)).toEqual(["People/Dana Okafor.md"]);
    // The file name still names her.
    expect(paths(people.match("Dana Okafor").exact)).toEqual(["People/Dana Okafor.md"]);
    people.set("People/Dana Okafor.md", null);
    expect(people.match("Dana Okafor-Lee").exact).toEqual([]);
    expect(people.get("People/Dana Okafor.md")).toBeUndefined();
    expect(people.size).toBe(4);
  });

  it("remove and rename", async () => {
    const people = await index();
    people.remove("People/Dana Reyes.md");
    people.remove("People/nothing.md");
    expect(people.match("DR").exact).toEqual([]);
    const moved = personEntry("Archive/Dana Okafor.md", DANA);
    people.rename("People/Dana Okafor.md", "Archive/Dana Okafor.md", moved);
    expect(paths(people.match("Dana Okafor").exact)).toEqual(["Archive/Dana Okafor.md"]);
    expect(people.get("People/Dana Okafor.md")).toBeUndefined();
  });

  it("two notes with one name are both exact", async () => {
    const people = await index();
    people.set("Other/Dana Okafor.md", personEntry("Other/Dana Okafor.md", DANA));
    expect(paths(people.match("Dana Okafor").exact)).toEqual(["Other/Dana Okafor.md", "People/Dana Okafor.md"]);
  });
});

describe("resolvePerson", () => {
  it("finds one person by path, path without .md, name, alias or email", async () => {
    const people = await index();
    expect(resolvePerson(people, "People/Dana Okafor.md").path).toBe("People/Dana Okafor.md");
    expect(resolvePerson(people, "People/Dana Okafor").path).toBe("People/Dana Okafor.md");
    expect(resolvePerson(people, "okafor, dana").path).toBe("People/Dana Okafor.md");
    expect(resolvePerson(people, "DR").path).toBe("People/Dana Reyes.md");
    expect(resolvePerson(people, "jose@alvarez.example").path).toBe("People/José Álvarez.md");
  });

  it.each([
    ["a partial match", "Reyes", "ambiguous", /"Reyes" matches only part of a name: Dana Reyes \(People\/Dana Reyes\.md\)\. Use the full name or the path\./],
    ["a first name two people share", "Dana", "ambiguous", /matches only part of a name: .*Dana Okafor.*Dana Reyes|Dana Reyes.*Dana Okafor/],
    ["nobody", "Zed Zedson", "not-found", /^No person note named "Zed Zedson"\.$/],
  ])("refuses %s", async (_what, query, code, message) => {
    const people = await index();
    let error: unknown;
    try {
      resolvePerson(people, query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KithError);
    expect((error as KithError).code).toBe(code);
    expect((error as KithError).message).toMatch(message);
  });

  it("refuses a name two notes share exactly", async () => {
    const people = await index();
    people.set("Other/Dana Okafor.md", personEntry("Other/Dana Okafor.md", DANA));
    expect(() => resolvePerson(people, "Dana Okafor")).toThrow(/"Dana Okafor" names 2 people: /);
  });
});

describe("createPerson", () => {
  it("creates the note in the folder and indexes it", async () => {
    const store = vault();
    const people = await loadPeopleIndex(store);
    const result = await createPerson(store, people, "Mira Sato", "/People/", { today: TODAY });
    expect(result).toEqual({ path: "People/Mira Sato.md", created: true });
    expect(store.files.get("People/Mira Sato.md")).toBe(newPersonNote("Mira Sato", { today: TODAY }));
    expect(resolvePerson(people, "mira sato").path).toBe("People/Mira Sato.md");
  });

  it("a safe file name for an unsafe name, at the vault root for an empty folder", async () => {
    const store = vault();
    const people = await loadPeopleIndex(store);
    expect(await createPerson(store, people, "Ana/Lima: CEO", "", { today: TODAY })).toEqual({ path: "Ana Lima CEO.md", created: true });
  });

  it.each([["Dana Okafor"], ["okafor, dana"], ["DR"], ["jose@alvarez.example"], ["José Álvarez"]])(
    "refuses a twin (%s): the existing note comes back and nothing is written",
    async (name) => {
      const store = vault();
      const before = new Map(store.files);
      const people = await loadPeopleIndex(store);
      const result = await createPerson(store, people, name, "People", { today: TODAY });
      expect(result.created).toBe(false);
      expect(result.path).toMatch(/^People\//);
      expect(store.files).toEqual(before);
    },
  );

  it("refuses when a file that is not that person has the path, in any case", async () => {
    const store = vault();
    store.files.set("People/mira sato.md", "just a note");
    const people = await loadPeopleIndex(store);
    await expect(createPerson(store, people, "Mira Sato", "People", { today: TODAY })).rejects.toThrow(
      /People\/mira sato\.md already exists and is not a person note named "Mira Sato"/,
    );
    expect(store.files.has("People/Mira Sato.md")).toBe(false);
  });

  it("refuses a name that cannot be a file name", async () => {
    const store = vault();
    const people = await loadPeopleIndex(store);
    await expect(createPerson(store, people, "???", "People", { today: TODAY })).rejects.toThrow(/cannot be a file name/);
  });
});

describe("editPersonNote", () => {
  it("runs the edit on a person note", async () => {
    const store = vault();
    const result = await editPersonNote(store, "People/Dana Okafor.md", (t) => addKeyFact(t, "Has a boat.", CTX));
    expect(result.changed).toBe(true);
    expect(result.before).toBe(DANA);
    expect(store.files.get("People/Dana Okafor.md")).toBe(result.after);
    expect(result.after).toContain("GCS API later.\n- Has a boat.\n");
  });

  it("a no-op edit writes nothing", async () => {
    const store = vault();
    const result = await editPersonNote(store, "People/Dana Okafor.md", (t) => addKeyFact(t, "runs two data centres active-active, 40 ms apart", CTX));
    expect(result).toEqual({ path: "People/Dana Okafor.md", before: DANA, after: DANA, changed: false });
  });

  it("refuses a note that is not a person note, and writes nothing", async () => {
    const store = vault();
    const before = store.files.get("Projects/Not a person.md");
    await expect(editPersonNote(store, "Projects/Not a person.md", (t) => addKeyFact(t, "x", CTX))).rejects.toMatchObject({
      code: "not-a-person",
      message: "Projects/Not a person.md is not a person note: no type, category or tag of person, people, contact.",
    });
    expect(store.files.get("Projects/Not a person.md")).toBe(before);
  });

  it("the tag counts anywhere; a note in the people folder needs no mark, one in a template folder is refused", async () => {
    const store = vault();
    await expect(editPersonNote(store, "People/Tagged.md", (t) => addKeyFact(t, "x", CTX), { peopleFolder: "People" })).resolves.toMatchObject({
      changed: true,
    });
    store.files.set("Elsewhere/Tagged.md", md("---", "tags: [type/people]", "---", ""));
    await expect(editPersonNote(store, "Elsewhere/Tagged.md", (t) => addKeyFact(t, "x", CTX), { peopleFolder: "People" })).resolves.toMatchObject({
      changed: true,
    });
    store.files.set("Templates/Tagged.md", md("---", "tags: [type/people]", "---", ""));
    await expect(editPersonNote(store, "Templates/Tagged.md", (t) => addKeyFact(t, "x", CTX), { templateFolders: ["Templates"] })).rejects.toThrow(
      /not a person note/,
    );
  });

  it("refuses a missing note", async () => {
    await expect(editPersonNote(vault(), "People/Nobody.md", (t) => t)).rejects.toMatchObject({ code: "not-found" });
  });
});
