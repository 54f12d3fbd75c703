/**
 * Planning an import against existing notes: each case's after text is exact. A match gets only
 * the fields its note lacks, written where the note keeps its fields (table, Properties, inline
 * fields); a field it has with another value is listed, not written; no match is a new note.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryNoteStore, PeopleIndex, personEntry } from "../../../src/core";
import { applyContactsImport, contactsNoteCounts, contactsSummary, planContactsImport, type ContactsPlan, type ContactsPlanOptions } from "../../../src/core/contacts-import";
import { emptyCard, type ContactCard } from "../../../src/core/contacts-import/card";
import { cardOfPerson, writeGoogleCsv, writeVCards } from "../../../src/core/contacts-import/export";
import { readContactsFile } from "../../../src/core/contacts-import/read";
import { MemoryJournal, parseJournal, undoRecap } from "../../../src/core/recap";
import type { JournalPhoto } from "../../../src/core/recap/journal";
import { linkName, linkedNames, photoDigest, undoPhotos, type PhotoFiles } from "../../../src/core/contacts-import/photos";

const md = (...lines: string[]): string => lines.join("\n");

const TABLE = md(
  "---",
  "type: people",
  "title: Dana Okafor",
  "---",
  "",
  "# Dana Okafor",
  "",
  "## Contact Information",
  "",
  "| Field | Value |",
  "|-------|-------|",
  "| **Role** | Head of data platform |",
  "| **Company** | Northwind Foods |",
  "| **Email** | dana@northwind.example |",
  "| **Phone** | _Unknown_ |",
  "",
  "## Key Facts",
  "",
  "- Runs two data centres.",
  "",
);

const PROPERTIES = md("---", "tags: [Person]", "Company: Tailspin Toys", "Email:", "  - ana.lima@tailspin.example", "aliases: [Ana L]", "---", "", "```dataview", "LIST", "```", "");

const INLINE = md("---", "type: person", "---", "", "# Cy Tan", "", "Email:: cy@tan.example", "Company:: Contoso", "", "Met at the fair.", "");

const card = (fields: Partial<ContactCard>): ContactCard => ({ ...emptyCard("vCard 4.0"), ...fields });

function setUp(notes: Record<string, string>): { store: MemoryNoteStore; index: PeopleIndex } {
  const store = new MemoryNoteStore(notes);
  const index = new PeopleIndex();
  for (const [path, text] of Object.entries(notes)) index.set(path, personEntry(path, text));
  return { store, index };
}

const OPTIONS: ContactsPlanOptions = { today: "2026-12-05", peopleFolder: "People", attachmentFolder: "Attachments", newNote: {}, exists: () => false };

async function plan(notes: Record<string, string>, cards: ContactCard[], options: Partial<ContactsPlanOptions> = {}): Promise<ContactsPlan> {
  const { store, index } = setUp(notes);
  return planContactsImport({ format: "vcard", cards: cards.map((c, i) => ({ position: `card ${i + 1}`, card: c })), warnings: [], skipped: 0 }, index, store, { ...OPTIONS, ...options });
}

describe("an existing note: only the fields it lacks are filled, byte-exact", () => {
  const cases: Array<{ name: string; path: string; before: string; card: ContactCard; after: string; differs: string[] }> = [
    {
      name: "the contact table: an _Unknown_ row is filled, a new field is a new row; other rows stay",
      path: "People/Dana Okafor.md",
      before: TABLE,
      card: card({ name: "Dana Okafor", emails: ["dana@northwind.example"], phones: ["+1 555 0100"], company: "Northwind", birthday: "--04-02" }),
      after: TABLE.replace("| **Phone** | _Unknown_ |", "| **Phone** | +1 555 0100 |\n| **Birthday** | --04-02 |"),
      differs: ['Company: "Northwind Foods" / "Northwind"'],
    },
    {
      name: "Properties: matched by alias; a new field is a new property after the last contact property; the list of emails is not touched",
      path: "People/Ana Lima.md",
      before: PROPERTIES,
      card: card({ name: "Ana L", emails: ["ana.lima@tailspin.example"], phones: ["+46 70 123 45 67"], role: "Buyer" }),
      after: PROPERTIES.replace("  - ana.lima@tailspin.example\n", "  - ana.lima@tailspin.example\nPhone: +46 70 123 45 67\nRole: Buyer\n"),
      differs: [],
    },
    {
      name: "inline fields: matched by email whatever the card's name; a new field follows the last",
      path: "People/Cy Tan.md",
      before: INLINE,
      card: card({ name: "Cyrus Tan", emails: ["CY@tan.example"], urls: ["https://cy.example"] }),
      after: INLINE.replace("Company:: Contoso\n", "Company:: Contoso\nURL:: https://cy.example\n"),
      differs: [],
    },
    {
      name: "a birthday written in words is the card's date: no difference",
      path: "People/Cy Tan.md",
      before: INLINE.replace("Company:: Contoso\n", "Company:: Contoso\nBirthday:: 2 April 1990\n"),
      card: card({ name: "Cy Tan", birthday: "1990-04-02" }),
      after: INLINE.replace("Company:: Contoso\n", "Company:: Contoso\nBirthday:: 2 April 1990\n"),
      differs: [],
    },
    {
      name: "a Note property the user wrote (no contact field Kith knows) is never replaced",
      path: "People/Ana Lima.md",
      before: PROPERTIES.replace("aliases: [Ana L]\n", "aliases: [Ana L]\nnote: Prefers calls\n"),
      card: card({ name: "Ana Lima", note: "Met in Lisbon" }),
      after: PROPERTIES.replace("aliases: [Ana L]\n", "aliases: [Ana L]\nnote: Prefers calls\n"),
      differs: ['Note: "Prefers calls" / "Met in Lisbon"'],
    },
    {
      name: "nor a Note:: inline field",
      path: "People/Cy Tan.md",
      before: INLINE.replace("Met at the fair.", "- **Note**:: Prefers calls"),
      card: card({ name: "Cy Tan", note: "Met in Lisbon" }),
      after: INLINE.replace("Met at the fair.", "- **Note**:: Prefers calls"),
      differs: ['Note: "Prefers calls" / "Met in Lisbon"'],
    },
    {
      name: "an empty property list takes each value as its own item",
      path: "People/Zoe Props.md",
      before: md("---", "tags: [Person]", "Email: []", "Phone:", "  - ~", "---", ""),
      card: card({ name: "Zoe Props", emails: ["zoe@example.org", "zoe2@example.org"], phones: ["555", "556"] }),
      after: md("---", "tags: [Person]", "Email: [zoe@example.org, zoe2@example.org]", "Phone:", "  - ~", "  - '555'", "  - '556'", "---", ""),
      differs: [],
    },
    {
      name: "a card with nothing new changes nothing",
      path: "People/Dana Okafor.md",
      before: TABLE,
      card: card({ name: "Dana Okafor", emails: ["dana@northwind.example"], company: "northwind  foods" }),
      after: TABLE,
      differs: [],
    },
  ];
  it.each(cases)("$name", async ({ path, before, card: c, after, differs }) => {
    const planned = await plan({ [path]: before }, [c]);
    expect(planned.notes).toEqual(after === before ? [] : [{ path, before, after }]);
    expect(planned.contacts[0]?.path).toBe(path);
    expect(planned.contacts[0]?.status).toBe(after === before ? "unchanged" : "updated");
    expect(planned.contacts[0]?.differs.map((d) => `${d.field}: "${d.note}" / "${d.card}"`)).toEqual(differs);
  });
});

describe("no match: a new note in the new-note layout, marked as imported", () => {
  it("writes the table layout with the card's fields and source: contacts import", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss", emails: ["lena@voss.example"], company: "Voss GmbH", phones: ["+49 1"] })]);
    const text = planned.notes[0]?.after ?? "";
    expect(planned.notes[0]?.path).toBe("People/Lena Voss.md");
    expect(planned.notes[0]?.before).toBeNull();
    expect(text.split("\n").slice(0, 8)).toEqual(["---", "type: people", "title: Lena Voss", "created: '2026-12-05'", "source: contacts import", "tags:", "- type/people", "---"]);
    expect(text).toContain("| **Company** | Voss GmbH |\n| **Department** | _Unknown_ |\n| **Email** | lena@voss.example |\n| **Phone** | +49 1 |\n");
    expect(planned.contacts[0]?.filled).toEqual([
      { field: "Email", value: "lena@voss.example" },
      { field: "Phone", value: "+49 1" },
      { field: "Company", value: "Voss GmbH" },
    ]);
  });

  it("a value of several lines (a CSV cell, a card's \\n) is one line of the table, its lines joined with ' / '", async () => {
    const planned = await plan({}, [card({ name: "Nia Lane", emails: ["nia@example.com"], company: "Lane Labs\nResearch", role: "Director\r\n EMEA \n", note: "Met at the fair.\n\nLikes tea." })]);
    const text = planned.notes[0]?.after ?? "";
    expect(text).toContain("| **Role** | Director / EMEA |\n| **Company** | Lane Labs / Research |\n");
    expect(planned.contacts[0]?.filled).toEqual([
      { field: "Email", value: "nia@example.com" },
      { field: "Company", value: "Lane Labs / Research" },
      { field: "Role", value: "Director / EMEA" },
      { field: "Note", value: "Met at the fair. / Likes tea." },
    ]);
  });

  it("follows newNoteContacts: properties, the card's other fields after the layout's", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss", emails: ["lena@voss.example"], birthday: "--04-02" })], { newNote: { contacts: "properties" } });
    expect(planned.notes[0]?.after.split("\n").slice(0, 16)).toEqual([
      "---",
      "type: people",
      "title: Lena Voss",
      "created: '2026-12-05'",
      "source: contacts import",
      "role:",
      "company:",
      "department:",
      "email: lena@voss.example",
      "phone:",
      "linkedin:",
      "location:",
      "birthday: '--04-02'",
      "tags:",
      "- type/people",
      "---",
    ]);
  });

  it("an inline photo is planned in the attachments folder and linked; a taken name gets a number", async () => {
    const photo = { kind: "inline" as const, mediaType: "image/png", base64: "iVBORw0KGgo=" };
    const planned = await plan({}, [card({ name: "Lena Voss", photo })], { exists: (p) => p === "Attachments/Lena Voss.png" });
    expect(planned.photos).toEqual([{ path: "Attachments/Lena Voss 2.png", base64: "iVBORw0KGgo=" }]);
    expect(planned.notes[0]?.after).toContain("| **Photo** | ![[Attachments/Lena Voss 2.png]] |\n");
  });

  it("a LinkedIn profile fills the LinkedIn row; other addresses URL", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss", urls: ["https://www.linkedin.com/in/lenavoss", "https://voss.example"] })]);
    expect(planned.notes[0]?.after).toContain("| **LinkedIn** | https://www.linkedin.com/in/lenavoss |\n| **Location** | _Unknown_ |\n| **URL** | https://voss.example |\n");
  });

  it("a photo URL is linked, not saved", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss", photo: { kind: "url", url: "https://example.org/l.jpg" } })]);
    expect(planned.photos).toEqual([]);
    expect(planned.notes[0]?.after).toContain("| **Photo** | https://example.org/l.jpg |\n");
  });

  it.each([
    { contacts: "table" as const, written: ["| **Phone** | +1 555 |", "| **Address** | Rue de l'\u00c9glise 3 |", "| **Note** | multi / line note here |"] },
    { contacts: "properties" as const, written: ["phone: +1 555", "address: Rue de l'\u00c9glise 3", "note: multi / line note here"] },
  ])("a new note's values are stored lines ($contacts): NFC, runs of white space as one space, lines joined with ' / '", async ({ contacts, written }) => {
    const planned = await plan({}, [card({ name: "Lena Voss", phones: ["+1  555"], addresses: ["Rue de l'E\u0301glise\t3"], note: "multi\r\nline\tnote   here" })], { newNote: { contacts } });
    const lines = (planned.notes[0]?.after ?? "").split("\n");
    for (const line of written) expect(lines).toContain(line);
    expect(planned.contacts[0]?.filled.map((f) => f.value)).toEqual(["+1 555", "Rue de l'\u00c9glise 3", "multi / line note here"]);
  });

  it.each([
    { what: "a note", fields: { note: "Call \u001b[31msoon\u001b[0m" } },
    { what: "a role", fields: { role: "CTO\u0007" } },
  ])("a card whose $what holds control characters makes no note, and says why", async ({ fields }) => {
    const planned = await plan({}, [card({ name: "Lena Voss", ...fields })]);
    expect(planned.notes).toEqual([]);
    expect(planned.contacts[0]?.status).toBe("skipped");
    expect(planned.contacts[0]?.reason).toBe(
      "The text to write holds control characters (such as a terminal's colour codes), which are no text; write it without them. Nothing was written.",
    );
  });

  it("two cards of one new person make one note", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss", emails: ["lena@voss.example"] }), card({ name: "Lena Voss", phones: ["+49 1"] })]);
    expect(planned.notes.map((n) => n.path)).toEqual(["People/Lena Voss.md"]);
    expect(planned.notes[0]?.after).toContain("| **Phone** | +49 1 |");
    expect(planned.contacts.map((c) => c.status)).toEqual(["new", "new"]);
  });
});

describe("ambiguous and skipped cards are not written", () => {
  it("a name that two people have, or one only in part, is ambiguous with its candidates", async () => {
    const other = TABLE.replace(/Dana Okafor/g, "Dana Okafor").replace("dana@northwind.example", "d.okafor@contoso.example");
    const planned = await plan({ "People/Dana Okafor.md": TABLE, "Work/Dana Okafor.md": other, "People/Ana Lima.md": PROPERTIES }, [card({ name: "Dana Okafor" }), card({ name: "Ana" })]);
    expect(planned.notes).toEqual([]);
    expect(planned.contacts.map((c) => [c.status, c.candidates.map((p) => p.path)])).toEqual([
      ["ambiguous", ["People/Dana Okafor.md", "Work/Dana Okafor.md"]],
      ["ambiguous", ["People/Ana Lima.md"]],
    ]);
  });

  it("your own card (your name, alias or email in the settings) is skipped", async () => {
    const self = { names: ["Sam Reyes", "Sammy"], emails: ["sam@reyes.example"] };
    const planned = await plan({}, [card({ name: "sammy" }), card({ name: "S. R.", emails: ["SAM@reyes.example"] }), card({ name: "Lena Voss" })], { self });
    expect(planned.contacts.map((c) => [c.status, c.reason])).toEqual([
      ["skipped", "this is you (your name or email in Kith's settings); not imported"],
      ["skipped", "this is you (your name or email in Kith's settings); not imported"],
      ["new", null],
    ]);
  });

  it("a card refused part-way (a value an inline field cannot hold) is skipped with why, and its photo is not saved", async () => {
    const photo = { kind: "inline" as const, mediaType: "image/png", base64: "iVBORw0KGgo=" };
    const before = INLINE.replace("Met at the fair.", "Met at the fair [Note:: _Unknown_].");
    const planned = await plan({ "People/Cy Tan.md": before }, [card({ name: "Cy Tan", photo, note: "Chef (head)" })]);
    expect(planned.contacts[0]).toMatchObject({ status: "skipped", reason: '"Chef (head)" holds a bracket, which would end the inline field Note:: early; set it by hand.' });
    expect([planned.notes, planned.photos]).toEqual([[], []]);
  });

  it("a new note whose file is some other note is skipped with why", async () => {
    const planned = await plan({}, [card({ name: "Lena Voss" })], { exists: (p) => p === "People/Lena Voss.md" });
    expect(planned.contacts[0]).toMatchObject({ status: "skipped", reason: "People/Lena Voss.md already exists and is not Lena Voss's person note" });
    expect(planned.notes).toEqual([]);
  });

  it("a card named as a file (notes.md) is skipped with why, not made notes.md.md", async () => {
    const planned = await plan({}, [card({ name: "notes.md" })]);
    expect(planned.contacts[0]).toMatchObject({ status: "skipped", reason: '"notes.md" is a file name: give the person\'s name, without .md.' });
    expect(planned.notes).toEqual([]);
  });
});

describe("apply and undo: one journal for the whole import", () => {
  it.each([1, 3])("writes the plan (%i notes at a time), and undo brings back every note byte for byte", async (writesAtOnce) => {
    const notes = { "People/Dana Okafor.md": TABLE, "People/Cy Tan.md": INLINE };
    const { store, index } = setUp(notes);
    const file = readContactsFile(writeVCards([card({ name: "Dana Okafor", phones: ["+1 555"] }), card({ name: "Cy Tan", role: "Chef" }), card({ name: "Lena Voss" })]));
    const planned = await planContactsImport(file, index, store, OPTIONS);
    const journal = new MemoryJournal();
    const result = await applyContactsImport(planned, store, journal, "contacts.vcf", "2026-12-05", writesAtOnce);
    expect(result).toEqual({ created: ["People/Lena Voss.md"], updated: ["People/Dana Okafor.md", "People/Cy Tan.md"], failed: [] });
    const undone = await undoRecap(parseJournal(journal.text, "journal") ?? { meetingPath: "", appliedOn: "", notes: [], complete: false }, store);
    expect([...undone.restored].sort()).toEqual(["People/Cy Tan.md", "People/Dana Okafor.md"]);
    expect(undone.removed).toEqual(["People/Lena Voss.md"]);
    expect(Object.fromEntries([...store.files].filter(([p]) => !p.startsWith(".trash")))).toEqual(notes);
  });

  it("undo leaves a note changed since the import, and says it changed after the import", async () => {
    const { store, index } = setUp({ "People/Dana Okafor.md": TABLE });
    const planned = await planContactsImport(readContactsFile(writeVCards([card({ name: "Dana Okafor", phones: ["+1 555"] })])), index, store, OPTIONS);
    const journal = new MemoryJournal();
    await applyContactsImport(planned, store, journal, "contacts.vcf", "2026-12-05");
    await store.process("People/Dana Okafor.md", (text) => `${text}- Edited since.\n`);
    const undone = await undoRecap(parseJournal(journal.text, "journal") ?? { meetingPath: "", appliedOn: "", notes: [], complete: false }, store);
    expect(undone.skipped).toEqual([{ path: "People/Dana Okafor.md", reason: "it changed after the import" }]);
  });

  it("a note changed after the plan is left as it is and reported", async () => {
    const { store, index } = setUp({ "People/Dana Okafor.md": TABLE });
    const planned = await planContactsImport(readContactsFile(writeVCards([card({ name: "Dana Okafor", phones: ["+1 555"] })])), index, store, OPTIONS);
    store.files.set("People/Dana Okafor.md", `${TABLE}- Edited meanwhile.\n`);
    const result = await applyContactsImport(planned, store, new MemoryJournal(), "contacts.vcf", "2026-12-05");
    expect(result.failed).toEqual([{ path: "People/Dana Okafor.md", error: "it changed since the import was planned; import again" }]);
    expect(store.files.get("People/Dana Okafor.md")).toBe(`${TABLE}- Edited meanwhile.\n`);
  });
});

describe("round trip: export then import into the same vault changes nothing", () => {
  const notes = { "People/Dana Okafor.md": TABLE, "People/Ana Lima.md": PROPERTIES.replace("aliases: [Ana L]\n", "aliases: [Ana L]\nnote: Prefers calls\n"), "People/Cy Tan.md": INLINE.replace("Company:: Contoso\n", "Company:: Contoso\nBirthday:: 2 April 1990\nPhone:: +1 (555) 0100\n") };
  it.each([
    ["vCard", writeVCards],
    ["Google CSV", writeGoogleCsv],
  ])("%s", async (_name, write) => {
    const { store, index } = setUp(notes);
    const cards = [...index.entries()].map((e) => cardOfPerson(e, notes[e.path as keyof typeof notes]));
    const planned = await planContactsImport(readContactsFile(write(cards)), index, store, OPTIONS);
    expect(cards.find((c) => c.name === "Ana Lima")?.note).toBe("Prefers calls");
    expect(planned.notes).toEqual([]);
    expect(planned.contacts.map((c) => [c.status, c.differs])).toEqual(cards.map(() => ["unchanged", []]));
  });
});

describe("export: each value as the note writes it", () => {
  it("an email keeps its case, a mail link is its address, a web address may hold a comma", () => {
    const text = md("---", "type: person", "email: bob@work.example", "---", "# Bob Ray", "", "Email:: BOB@Example.org, [bob@ray.example](mailto:bob@ray.example)", "URL:: https://example.org/a,b; https://ray.example", "");
    const entry = personEntry("People/Bob Ray.md", text);
    if (!entry) throw new Error("Bob Ray is a person");
    const card = cardOfPerson(entry, text);
    expect([card.emails, card.urls]).toEqual([["bob@work.example", "BOB@Example.org", "bob@ray.example"], ["https://example.org/a,b", "https://ray.example"]]);
  });
});

describe("the summary counts notes and cards", () => {
  it("skipped: the cards the file could not give, not the warnings about cards it gave", async () => {
    const csv = ["First Name,Last Name,E-mail Address,Birthday,Notes", "Ben,Hale,ben@hale.example,02/04/1981,", ",,,,only a note", ""].join("\r\n");
    const { store, index } = setUp({});
    const planned = await planContactsImport(readContactsFile(csv), index, store, OPTIONS);
    expect(planned.warnings).toEqual(['row 2: birthday "02/04/1981" read month first (1981-02-04): no birthday in the file shows which comes first; check it.', "row 3: no name, email or company; skipped."]);
    expect(contactsSummary(planned)).toBe("1 new, 0 updated, 0 unchanged, 0 ambiguous, 1 skipped");
  });

  it("new and updated: notes, with their cards when two cards are one person's", async () => {
    const vcf = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ada Byron", "EMAIL:ada@byron.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Ada Byron", "TITLE:Countess", "END:VCARD", ""].join("\r\n");
    const { store, index } = setUp({});
    const planned = await planContactsImport(readContactsFile(vcf), index, store, OPTIONS);
    expect(planned.contacts.map((c) => [c.status, c.path])).toEqual([["new", "People/Ada Byron.md"], ["new", "People/Ada Byron.md"]]);
    expect(contactsSummary(planned)).toBe("2 cards for 1 person: 1 new, 0 updated, 0 unchanged, 0 ambiguous, 0 skipped");
    expect(contactsNoteCounts(planned)).toEqual({ new: 1, updated: 0, unchanged: 0 });
  });

  it("a note one card changes and another leaves is one updated note", async () => {
    const vcf = (line: string) => ["BEGIN:VCARD", "VERSION:3.0", "FN:Ann Lee", line, "END:VCARD"];
    const { store, index } = setUp({ "People/Ann Lee.md": "---\ntype: people\nphone: '+1 555 0100'\n---\n# Ann Lee\n" });
    const both = [...vcf("TEL:+1 555 0100"), ...vcf("TEL:+1 555 0100"), ...vcf("EMAIL:ann@lee.example"), ""].join("\r\n");
    const planned = await planContactsImport(readContactsFile(both), index, store, OPTIONS);
    expect(planned.contacts.map((c) => c.status)).toEqual(["unchanged", "unchanged", "updated"]);
    expect(contactsNoteCounts(planned)).toEqual({ new: 0, updated: 1, unchanged: 0 });
    expect(contactsSummary(planned)).toBe("3 cards for 1 person: 0 new, 1 updated, 0 unchanged, 0 ambiguous, 0 skipped");
  });
});

describe("Google CSV export: no cell a spreadsheet would run", () => {
  const card = { ...emptyCard("Kith"), name: "Ada Okoro", role: "=HYPERLINK(\"http://x.example\")", company: "@Acme", note: "-2+3 cups", phones: ["+1 (206) 555-0142", "+44 20 7946 0958"], urls: ["'=quoted already"] };
  it("writes a ' before formulas, never before a phone number", () => {
    const row = writeGoogleCsv([card]).split("\r\n")[1];
    expect(row).toBe(`Ada,,Okoro,"'@Acme","'=HYPERLINK(""http://x.example"")",,"'-2+3 cups",,* myContacts,,,,+1 (206) 555-0142 ::: +44 20 7946 0958,,,,"''=quoted already"`);
  });
  it("property: any role, however it starts, comes back as it was", () => {
    const role = fc.stringMatching(/^['=+\-@0-9a-z() .]{1,12}$/).map((r) => r.trim()).filter((r) => r !== "");
    fc.assert(
      fc.property(role, (r) => {
        expect(readContactsFile(writeGoogleCsv([{ ...card, role: r }])).cards[0]?.card.role).toBe(r);
      }),
      { numRuns: 300 },
    );
  });

  it("reads back the values as they were", () => {
    const read = readContactsFile(writeGoogleCsv([card])).cards[0]?.card;
    expect([read?.role, read?.company, read?.note, read?.phones, read?.urls]).toEqual([card.role, card.company, card.note, card.phones, card.urls]);
  });
});

describe("property: an import changes only the lines of the fields it fills", () => {
  const value = fc.stringMatching(/^[A-Za-z0-9+ .-]{1,20}$/).filter((v) => v.trim() !== "");
  const prose = fc.array(fc.stringMatching(/^[a-z ,.]{0,30}$/), { maxLength: 4 });
  it("every other line of the note is kept, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(value, value, prose, async (phone, role, extra) => {
        const before = TABLE.replace("- Runs two data centres.\n", `- Runs two data centres.\n${extra.map((l) => `${l}\n`).join("")}`).replace("| **Role** | Head of data platform |\n", "");
        const planned = await plan({ "People/Dana Okafor.md": before }, [card({ name: "Dana Okafor", phones: [phone], role })]);
        const after = planned.notes[0]?.after ?? before;
        const others = (text: string): string[] => text.split("\n").filter((l) => !/^\| \*\*(Phone|Role)\*\* \|/.test(l));
        expect(others(after)).toEqual(others(before));
      }),
      { numRuns: 60 },
    );
  });
});

describe("property: in every layout, an import changes only the lines of the fields it fills", () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .+-]{0,15}$/).map((v) => v.trim()).filter((v) => v !== "");
  const maybe = (arb: fc.Arbitrary<string>): fc.Arbitrary<string | null> => fc.option(arb, { nil: null });
  const layouts: Array<[string, string]> = [
    ["People/Dana Okafor.md", TABLE.replace("| **Role** | Head of data platform |\n", "")],
    ["People/Ana Lima.md", PROPERTIES],
    ["People/Cy Tan.md", INLINE],
  ];
  const filledLine = /^(\| \*\*)?(Phone|Role|Birthday|URL|Note)(\*\* \||::? )/i;
  it("every other line is kept, byte for byte, and the note stays the same person", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...layouts), maybe(word), maybe(word), maybe(fc.constantFrom("1990-04-02", "--12-31")), maybe(word), fc.boolean(), async ([path, before], phone, role, birthday, note, crlf) => {
        const text = crlf ? before.replace(/\n/g, "\r\n") : before;
        const name = path.slice("People/".length, -3);
        const planned = await plan({ [path]: text }, [card({ name, phones: phone ? [phone] : [], role, birthday, note, urls: ["https://example.org/x"] })]);
        const after = planned.notes[0]?.after ?? text;
        const others = (t: string): string[] => t.split(/\r?\n/).filter((l) => !filledLine.test(l));
        expect(others(after)).toEqual(others(text));
        expect(after.includes("\r\n")).toBe(crlf);
        expect(personEntry(path, after)?.name).toBe(personEntry(path, text)?.name);
      }),
      { numRuns: 80 },
    );
  });
});

describe("which notes keep an imported picture at undo", () => {
  it.each([
    { text: "![[Attachments/Lena Voss.png]]", links: true },
    { text: "![[Lena Voss.png|120]]", links: true },
    { text: "![[lena voss.PNG]]", links: true },
    { text: "![Lena](Attachments/Lena%20Voss.png)", links: true },
    { text: "![Lena](<Attachments/Lena Voss.png>)", links: true },
    { text: "---\nphoto: '![[Lena Voss.png]]'\n---\n", links: true },
    { text: "![[Jo Lena Voss.png]]", links: false },
    { text: "![[Lena Voss.jpg]]", links: false },
    { text: "Lena Voss.png, at the fair.", links: false },
    { text: "`![[Lena Voss.png]]`", links: false },
    { text: "![](Attachments/Lena%20Voss%20(work).png)", links: false },
    { text: "---\nbroken: [\n# Lena\n\nlena voss.png\n", links: true },
  ])("$text links Attachments/Lena Voss.png: $links", ({ text, links }) => {
    expect(linkedNames(text, new Set([linkName("Attachments/Lena Voss.png")]))).toEqual(links ? ["lena voss.png"] : []);
  });

  it("a Markdown link whose file name holds parentheses links it", () => {
    expect(linkedNames("![](Attachments/Lena%20(work).png)", new Set([linkName("Attachments/Lena (work).png")]))).toEqual(["lena (work).png"]);
  });

  it("a picture another note links stays; one only the import's own notes link goes to the trash; the links are looked up once", async () => {
    const photo = (path: string): JournalPhoto => ({ path, bytes: 3, digest: photoDigest(new Uint8Array([1, 2, 3])) });
    const trashed: string[] = [];
    const asked: string[][] = [];
    const files: PhotoFiles = {
      read: () => Promise.resolve(new Uint8Array([1, 2, 3])),
      trash: (path) => Promise.resolve(void trashed.push(path)),
      linkedFrom: (paths, except) => {
        asked.push([...paths, ...except]);
        return Promise.resolve(new Map([["A.png", "Meetings/Fair.md"]]));
      },
    };
    const result = await undoPhotos([photo("A.png"), photo("B.png")], files, [], new Set(["People/A.md"]));
    expect(result).toEqual({ removed: ["B.png"], skipped: [{ path: "A.png", reason: "Meetings/Fair.md links it" }] });
    expect(trashed).toEqual(["B.png"]);
    expect(asked).toEqual([["A.png", "B.png", "People/A.md"]]);
  });

  it("a note left as it is keeps the picture it links, whatever the link's case", async () => {
    const files: PhotoFiles = { read: () => Promise.resolve(new Uint8Array([1])), trash: () => Promise.resolve(), linkedFrom: () => Promise.resolve(new Map()) };
    const result = await undoPhotos([{ path: "Attachments/Ann.png", bytes: 1, digest: photoDigest(new Uint8Array([1])) }], files, ["![[ann.png]]"], new Set());
    expect(result).toEqual({ removed: [], skipped: [{ path: "Attachments/Ann.png", reason: "a note left as it is links it" }] });
  });
});
