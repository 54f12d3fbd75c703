import { DEFAULT_HEADINGS } from "../../../src/core/person/layout";
/** setContactField writes a field where it lives: each case's expected text is exact. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contactPlaces, parseFrontmatter, setContactField } from "../../../src/core";
import { scanOutline } from "../../../src/core/sections/outline";
import { CTX, md, runEditCases, runRefusalCases, type EditCase } from "../helpers";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "./contact-fixtures";

const set = (field: string, value: string) => (text: string): string => setContactField(text, field, value, CTX);
const replaceLine = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe("setContactField: a field is written back where it lives", () => {
  const cases: EditCase[] = [
    { name: "a property scalar stays a scalar", before: PROPERTIES_ONLY, after: replaceLine(PROPERTIES_ONLY, "Company: Tailspin Toys", "Company: Fabrikam"), edit: set("company", "Fabrikam") },
    {
      name: "a block list keeps its other values: the first is replaced",
      before: PROPERTIES_ONLY,
      after: replaceLine(PROPERTIES_ONLY, "  - ana.lima@tailspin.example", "  - ana@fabrikam.example"),
      edit: set("E-mail", "ana@fabrikam.example"),
    },
    {
      name: "a flow list keeps its quotes",
      before: PROPERTIES_ONLY,
      after: replaceLine(PROPERTIES_ONLY, "Phone: ['+46 70 123 45 67']", "Phone: ['+46 70 999 00 00']"),
      edit: set("mobile", "+46 70 999 00 00"),
    },
    {
      // `- ~` is YAML's null, no value: the first value shown is the address below it.
      name: "a block list's null item stays; the first value is replaced",
      before: md("---", "tags: [person]", "emails:", "  - ~", "  - a@b.example", "  - c@d.example", "---", "# Ann", ""),
      after: md("---", "tags: [person]", "emails:", "  - ~", "  - new@b.example", "  - c@d.example", "---", "# Ann", ""),
      edit: set("Email", "new@b.example"),
    },
    {
      name: "a flow list's null item stays; the first value is replaced",
      before: md("---", "emails: [~,  'a@b.example' , c@d.example]", "---", "# Ann", ""),
      after: md("---", "emails: [~,  'new@b.example' , c@d.example]", "---", "# Ann", ""),
      edit: set("Email", "new@b.example"),
    },
    {
      name: "a flow list's double-quoted first value after a null keeps its quotes",
      before: md("---", "emails: [null, \"x, y\", c@d.example]", "---", ""),
      after: md("---", "emails: [null, \"new\", c@d.example]", "---", ""),
      edit: set("Email", "new"),
    },
    {
      // The value shown is the first that is one: not an empty item, not `_Unknown_`.
      name: "a list's empty and _Unknown_ items stay; the value shown is replaced",
      before: md("---", "emails: ['', _Unknown_, a@b.example]", "---", ""),
      after: md("---", "emails: ['', _Unknown_, new@b.example]", "---", ""),
      edit: set("Email", "new@b.example"),
    },
    {
      name: "clearing takes the value shown, not an empty item before it",
      before: md("---", "emails:", "  - ''", "  - a@b.example", "---", ""),
      after: md("---", "emails:", "  - ''", "---", ""),
      edit: set("Email", ""),
    },
    {
      name: "a new field in a Properties-only note is a property, after the last contact property (aliases is Obsidian's own)",
      before: PROPERTIES_ONLY,
      after: replaceLine(PROPERTIES_ONLY, "Birthday: 1990-04-02\n", "Birthday: 1990-04-02\nLocation: Lisbon\n"),
      edit: set("Location", "Lisbon"),
    },
    {
      name: "a new alias is Obsidian's aliases list, not a row of the note's contact table",
      before: md("---", "type: person", "tags: [person]", "---", "# Ann", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example |", ""),
      after: md("---", "type: person", "tags: [person]", "aliases:", "- Annie", "---", "# Ann", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example |", ""),
      edit: set("Alias", "Annie"),
    },
    {
      name: "a new alias in a note of inline fields and no properties opens them",
      before: md("# Ann", "", "Email:: a@x.example", ""),
      after: md("---", "aliases:", "- Annie", "---", "# Ann", "", "Email:: a@x.example", ""),
      edit: set("Aliases", "Annie"),
    },
    {
      name: "an empty Aliases property written [] takes the alias as its item",
      before: md("---", "type: person", "Aliases: []", "---", "# Ann", ""),
      after: md("---", "type: person", "Aliases: [Annie]", "---", "# Ann", ""),
      edit: set("aliases", "Annie"),
    },
    {
      name: "a new property follows the last contact property, its list and comment too, above tags",
      before: md("---", "type: people", "email:", "  - a@x.example", "phone: '1' # mobile", "tags: [person]", "---", "# Ann", ""),
      after: md("---", "type: people", "email:", "  - a@x.example", "phone: '1' # mobile", "birthday: '1990-04-02'", "tags: [person]", "---", "# Ann", ""),
      edit: set("Birthday", "1990-04-02"),
    },
    {
      // Before: `Location: Lisbon` among lower-case keys.
      name: "a new property among lower-case ones is lower case",
      before: md("---", "type: Person", "organisation: Contoso", "email: noor@contoso.example", "---", ""),
      after: md("---", "type: Person", "organisation: Contoso", "email: noor@contoso.example", "location: Lisbon", "---", ""),
      edit: set("Location", "Lisbon"),
    },
    {
      name: "a Channel|Details row in a 📇 Contact Info table",
      before: TYPE_PERSON,
      after: replaceLine(TYPE_PERSON, "| Email | jonas@berg.example |", "| Email | jonas@nordic.example |"),
      edit: set("email", "jonas@nordic.example"),
    },
    {
      // Before: `| **Company** | Berg AB |`, bold among plain rows.
      name: "a new row in a Channel|Details table names its field plain, as the table's rows do",
      before: TYPE_PERSON,
      after: replaceLine(TYPE_PERSON, "| Phone | +46 31 555 0101 |\n", "| Phone | +46 31 555 0101 |\n| Company | Berg AB |\n"),
      edit: set("Company", "Berg AB"),
    },
    { name: "a bold label keeps its markup", before: TYPE_PERSON, after: replaceLine(TYPE_PERSON, "**Location:** Gothenburg", "**Location:** Malmö"), edit: set("city", "Malmö") },
    {
      name: "an inline field in a list item with a bold key",
      before: INLINE_FIELDS,
      after: replaceLine(INLINE_FIELDS, "**Company**:: Wide World Importers", "**Company**:: Contoso"),
      edit: set("organization", "Contoso"),
    },
    { name: "an inline field on its own line", before: INLINE_FIELDS, after: replaceLine(INLINE_FIELDS, "Email:: mei@tanaka.example", "Email:: mei@contoso.example"), edit: set("Email", "mei@contoso.example") },
    { name: "a [bracketed] inline field in text", before: INLINE_FIELDS, after: replaceLine(INLINE_FIELDS, "[Role:: product lead]", "[Role:: head of product]"), edit: set("Role", "head of product") },
    {
      name: "a new field in an inline-field note follows the last inline line, list marker and all",
      before: md("Email:: a@x.example", "- Phone:: 1", "", "Text.", ""),
      after: md("Email:: a@x.example", "- Phone:: 1", "- LinkedIn:: in/mei", "", "Text.", ""),
      edit: set("LinkedIn", "in/mei"),
    },
    {
      name: "a new field in a bold-label note follows the last bold label, in its style",
      before: md("**Relationship:** client", "**Location:** Oslo", "Text.", ""),
      after: md("**Relationship:** client", "**Location:** Oslo", "**Company:** Contoso", "Text.", ""),
      edit: set("Company", "Contoso"),
    },
    {
      // Dataview closes a wrapped field at the bracket that matches its own (obsidian-dataview's inline-field.ts).
      name: "a wrapped inline field whose value holds brackets of its kind is replaced whole",
      before: md("Works at (Company:: Acme (EU)) now.", "Reach via [Email:: [[Mail]] a@x.example] ok", "(Team:: [[Ops (EU)]]) done", ""),
      after: md("Works at (Company:: Globex) now.", "Reach via [Email:: b@x.example] ok", "(Team:: Infra) done", ""),
      edit: (text) => set("Team", "Infra")(set("Email", "b@x.example")(set("Company", "Globex")(text))),
    },
    {
      name: "a wrapped field inside inline code is code: the one outside is set",
      before: md("Code `(Company:: Fake)` then (Company:: Real).", ""),
      after: md("Code `(Company:: Fake)` then (Company:: Beta).", ""),
      edit: set("Company", "Beta"),
    },
    {
      name: "a field inside inline code is code: a new one follows the note's fields",
      before: md("Email:: a@x.example", "`Company:: SpanCo`", ""),
      after: md("Email:: a@x.example", "Company:: Globex", "`Company:: SpanCo`", ""),
      edit: set("Company", "Globex"),
    },
    { name: "a value of several lines is one line, its lines joined with ' / ', as a new note writes it", before: md("Email:: a@x.example", "Address:: old", ""), after: md("Email:: a@x.example", "Address:: 5 Elm Row / Flat 2", ""), edit: set("Address", "5 Elm Row\r\n  Flat 2\n") },
    { name: "clearing a bold label writes _Unknown_", before: md("**Location:** Oslo", ""), after: md("**Location:** _Unknown_", ""), edit: set("Location", "") },
    { name: "an empty inline field gets its value after a space", before: md("Email::", ""), after: md("Email:: a@x.example", ""), edit: set("Email", "a@x.example") },
    {
      name: "the table wins over the Profile's bold Role when both have it",
      before: md("## Contact Information", "| Field | Value |", "|---|---|", "| **Role** | Eng |", "## Profile", "**Role**: Eng", ""),
      after: md("## Contact Information", "| Field | Value |", "|---|---|", "| **Role** | CTO |", "## Profile", "**Role**: Eng", ""),
      edit: set("Role", "CTO"),
    },
    {
      name: "an empty table row gives way to the property that has the value",
      before: md("---", "email: a@x.example", "---", "## Contact Information", "| Field | Value |", "|---|---|", "| **Email** | _Unknown_ |", ""),
      after: md("---", "email: b@x.example", "---", "## Contact Information", "| Field | Value |", "|---|---|", "| **Email** | _Unknown_ |", ""),
      edit: set("Email", "b@x.example"),
    },
  ];
  runEditCases(cases);

  it.each(cases)("$name: setting it again changes nothing", ({ before, edit }) => {
    const after = edit(before);
    expect(edit(after)).toBe(after);
  });

  runRefusalCases([
    { name: "a bracket in a value of a [bracketed] field", before: INLINE_FIELDS, edit: set("Role", "lead (acting)"), error: /holds a bracket/ },
    { name: "a field name with a colon", before: INLINE_FIELDS, edit: set("Email:", "x"), error: /is not a contact field name/ },
    // Written as properties, these took over the note's own: `tags: [Person]` became `tags: x`, `type: person` another type.
    ...["tags", "Title", "type", "Created", "Last Contact", "last_contact", "cssclasses", "keep-in-touch"].map((field) => ({
      name: `${field}, the note's own property, as a new contact field`,
      before: PROPERTIES_ONLY,
      edit: set(field, "x"),
      error: new RegExp(`^${field} is not a contact field: the note's own "${field.toLowerCase()}" property means something else to Kith and Obsidian\\. Edit it in the note's Properties\\.$`),
      code: "invalid-value",
    })),
    { name: "tags in a note that keeps a table", before: TYPE_PERSON, edit: set("Tags", "x"), error: /^Tags is not a contact field/ },
    { name: "a name Kith reads as the last contact date", before: PROPERTIES_ONLY, edit: set("Last Contact 2", "2020-01-05"), error: /^Last Contact 2 is not a contact field/ },
  ]);

  it("a row the note has under such a name is still set: only a new field is refused", () => {
    const before = md("## Contact Information", "| Field | Value |", "|---|---|", "| **Title** | Dr |", "");
    expect(setContactField(before, "title", "Prof", CTX)).toBe(md("## Contact Information", "| Field | Value |", "|---|---|", "| **Title** | Prof |", ""));
  });

  it("a property that is no contact field of Kith's, written by the user, is set where it is: the same key first, else the same in another case", () => {
    const before = md("---", "Company: Tailspin Toys", "Pro-Nouns: she/her", "pronouns: they", "---", "");
    expect(setContactField(before, "pronouns", "she/they", CTX)).toBe(md("---", "Company: Tailspin Toys", "Pro-Nouns: she/her", "pronouns: she/they", "---", ""));
    expect(setContactField(before, "PRONOUNS", "she/they", CTX)).toBe(md("---", "Company: Tailspin Toys", "Pro-Nouns: she/her", "pronouns: she/they", "---", ""));
  });

  it("a quoted key with escapes is found again, and a name Object has (constructor) is a name like any other", () => {
    const before = md("---", "Company: Tailspin Toys", "Constructor: old", "---", "");
    const once = setContactField(before, 'a"b', "v1", CTX);
    expect(once).toBe(md("---", "Company: Tailspin Toys", '"a\\"b": v1', "Constructor: old", "---", ""));
    expect(setContactField(once, 'a"b', "v2", CTX)).toBe(md("---", "Company: Tailspin Toys", '"a\\"b": v2', "Constructor: old", "---", ""));
    expect(setContactField(before, "constructor", "new", CTX)).toBe(md("---", "Company: Tailspin Toys", "Constructor: new", "---", ""));
    // YAML's own escapes, beyond JSON's: `\x41` is A.
    const yamlEscape = md("---", "Company: Tailspin Toys", '"Badge\\x20#": 1', "---", "");
    expect(setContactField(yamlEscape, "Badge #", "2", CTX)).toBe(md("---", "Company: Tailspin Toys", `"Badge\\x20#": '2'`, "---", ""));
  });

  it("a key YAML would read as null or a boolean is quoted; a very long name is refused", () => {
    const before = md("---", "Company: Tailspin Toys", "---", "");
    expect(setContactField(before, "Null", "x", CTX)).toBe(md("---", "Company: Tailspin Toys", '"Null": x', "---", ""));
    expect(setContactField(before, "yes", "x", CTX)).toBe(md("---", "Company: Tailspin Toys", '"yes": x', "---", ""));
    expect(() => setContactField(before, "k".repeat(101), "x", CTX)).toThrow(/^"k{40}…" is too long for a field name \(101 characters; at most 100\)\.$/);
  });

  it("a new property whose name YAML would read otherwise is written quoted", () => {
    const before = md("---", "Company: Tailspin Toys", '"🎂": 1990-01-01', "---", "");
    expect(setContactField(before, "Badge #", "42", CTX)).toBe(md("---", "Company: Tailspin Toys", "\"Badge #\": '42'", '"🎂": 1990-01-01', "---", ""));
    expect(setContactField(before, "<<", "x", CTX)).toBe(md("---", "Company: Tailspin Toys", '"<<": x', '"🎂": 1990-01-01', "---", ""));
    expect(setContactField(before, "☎", "x", CTX)).toBe(md("---", "Company: Tailspin Toys", '"☎": x', '"🎂": 1990-01-01', "---", ""));
  });
});

/** Where each place's value is, by its field, for the property test. */
const spanOf = (text: string, key: string): { from: number; to: number } => {
  const place = contactPlaces(text, scanOutline(text), parseFrontmatter(text), DEFAULT_HEADINGS).find((p) => p.key === key && p.values.length > 0);
  if (!place) throw new Error(`no ${key}`);
  return { from: place.valueFrom, to: place.valueTo };
};

describe("setContactField changes only the value's bytes, in each of the four places", () => {
  const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.@+]{0,8}( [A-Za-z0-9.@+]{1,8}){0,2}$/);
  it.each([
    ["table", TYPE_PERSON, "phone"],
    ["inline field", INLINE_FIELDS, "phone"],
    ["bracketed inline field", INLINE_FIELDS, "birthday"],
    ["bold label", TYPE_PERSON, "location"],
  ])("%s", (_name, note, key) => {
    const { from, to } = spanOf(note, key);
    fc.assert(
      fc.property(value, (v) => {
        const after = setContactField(note, key, v, CTX);
        expect(after).toBe(note.slice(0, from) + v + note.slice(to));
      }),
    );
  });

  it("property (a list's first item)", () => {
    const line = "  - ana.lima@tailspin.example";
    const at = PROPERTIES_ONLY.indexOf(line) + 4;
    fc.assert(
      fc.property(value, (v) => {
        const after = setContactField(PROPERTIES_ONLY, "email", v, CTX);
        const written = after.slice(at, after.length - (PROPERTIES_ONLY.length - at - (line.length - 4)));
        expect(after.slice(0, at)).toBe(PROPERTIES_ONLY.slice(0, at));
        expect(after.slice(at + written.length)).toBe(PROPERTIES_ONLY.slice(at + line.length - 4));
        expect(parseFrontmatter(after).data.Email).toEqual([v.trim().replace(/\s+/g, " "), "ana@home.example"]);
      }),
    );
  });
});
