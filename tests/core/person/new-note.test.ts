import { describe, expect, it } from "vitest";
import { newPersonNote, parsePerson, setContactField } from "../../../src/core";
import { crlf, TODAY } from "../helpers";

/** The exact note for one name: the layout of the person note format. */
const ANA_LIMA = `---
type: people
title: Ana Lima
created: '2026-11-25'
tags:
- type/people
---

# Ana Lima

## Contact Information

| Field | Value |
|-------|-------|
| **Role** | _Unknown_ |
| **Company** | _Unknown_ |
| **Department** | _Unknown_ |
| **Email** | _Unknown_ |
| **Phone** | _Unknown_ |
| **LinkedIn** | _Unknown_ |
| **Location** | _Unknown_ |

## Relationship

_How do you work with this person? What is your dynamic?_

## Background

_Career history, expertise, interests, personal details shared..._


## Projects

_What projects are you collaborating on with this person?_

\`\`\`dataview
LIST
FROM "Work/Projects" OR "Personal/Projects"
WHERE contains(file.outlinks, this.file.link)
\`\`\`


## Open Tasks

\`\`\`dataview
TASK
FROM ""
WHERE !completed AND contains(text, "Ana Lima")
SORT due ASC
\`\`\`


## Tasks They Own

_Action items this person is responsible for:_

\`\`\`dataview
TASK
WHERE contains(text, "@AnaLima") AND !completed
SORT due ASC
\`\`\`

## Key Facts

## Topics Discussed

## Recent Context

## Profile

**Role**: _Unknown_
**Relationship**: _Unknown_

## Key Decisions

## Related


---
*Last updated: 2026-11-25*
`;

describe("newPersonNote", () => {
  it("writes the exact layout for one name", () => {
    expect(newPersonNote("  Ana   Lima ", { today: TODAY })).toBe(ANA_LIMA);
  });

  it("CRLF on request, byte for byte the same otherwise", () => {
    expect(newPersonNote("Ana Lima", { today: TODAY, eol: "\r\n" })).toBe(crlf(ANA_LIMA));
  });

  it("auto-created notes carry the flag and the review tag; values fill the table and Profile", () => {
    const text = newPersonNote("Ana Lima", { today: TODAY, autoCreated: true, role: "CTO | founder", company: "Lima Labs", email: "ana@lima.example" });
    expect(text).toContain("created: '2026-11-25'\nauto_created: true\ntags:\n- type/people\n- needs-review\n---\n");
    expect(text).toContain("| **Role** | CTO \\| founder |\n| **Company** | Lima Labs |\n| **Department** | _Unknown_ |\n| **Email** | ana@lima.example |\n");
    const p = parsePerson(text, "People/Ana Lima.md");
    expect(p).toMatchObject({ name: "Ana Lima", created: TODAY, autoCreated: true, needsReview: true, handle: "@AnaLima" });
    expect(p.contact).toMatchObject({ Role: "CTO | founder", Company: "Lima Labs", Email: "ana@lima.example", Phone: null });
    expect(p.customSections).toEqual([]);
  });

  it("a title that YAML would misread is quoted", () => {
    expect(newPersonNote("Yes", { today: TODAY })).toContain("\ntitle: 'Yes'\n");
    expect(newPersonNote("Dana: the second", { today: TODAY })).toContain("\ntitle: 'Dana: the second'\n");
    expect(parsePerson(newPersonNote("No", { today: TODAY }), "People/No (person).md").name).toBe("No");
  });

  it("the Open Tasks query holds the name without quotes or backslashes, so it stays one string", () => {
    expect(newPersonNote('Ana "A\\" Lima\\', { today: TODAY })).toContain('WHERE !completed AND contains(text, "Ana A Lima")\n');
  });

  it("a property name YAML would read otherwise is quoted, and __proto__ is a name like any other", () => {
    const fields = [{ field: "<<", value: "x" }, { field: "__proto__", value: "p" }, { field: "Badge #", value: "7" }];
    expect(newPersonNote("M One", { today: TODAY, contacts: "properties", fields })).toContain("\nlocation:\n\"<<\": x\n__proto__: p\n\"badge #\": '7'\ntags:\n");
    expect(newPersonNote("M One", { today: TODAY, fields })).toContain("| **Location** | _Unknown_ |\n| **<<** | x |\n| **__proto__** | p |\n| **Badge #** | 7 |\n");
  });

  it("an alias is Obsidian's aliases list in either layout, never a table row or a plain property", () => {
    const fields = [{ field: "Phone", value: "1" }, { field: "Alias", value: "Annie: A" }];
    expect(newPersonNote("M One", { today: TODAY, fields })).toContain("created: '2026-11-25'\naliases:\n- 'Annie: A'\ntags:\n");
    expect(newPersonNote("M One", { today: TODAY, fields })).not.toContain("Annie: A |");
    expect(newPersonNote("M One", { today: TODAY, contacts: "properties", fields })).toContain("\nlocation:\naliases:\n- 'Annie: A'\ntags:\n");
  });

  it("without Dataview the queries are left out", () => {
    const text = newPersonNote("Ana Lima", { today: TODAY, includeDataview: false });
    expect(text).not.toContain("```");
    expect(text).toContain("## Open Tasks\n\n\n\n## Tasks They Own");
  });

  it("a value of several lines is one line of the table and of Profile", () => {
    const text = newPersonNote("Nia Lane", { today: TODAY, role: "Director\n EMEA", company: "Lane Labs\r\nResearch" });
    expect(text).toContain("| **Role** | Director / EMEA |\n| **Company** | Lane Labs / Research |\n");
    expect(text).toContain("\n**Role**: Director / EMEA\n");
  });

  it.each([
    ["a comment left open", { role: "%% x" }],
    ["an HTML comment left open", { company: "Acme <!-- old" }],
    ["a comment across two rows", { role: "a %%", company: "b %%" }],
  ])("refuses a value that would hide the rest of the new note: %s", (_name, values) => {
    expect(() => newPersonNote("Ana Lima", { today: TODAY, ...values })).toThrow(/would hide other lines of the note in Obsidian/);
  });

  it("keeps a comment closed within its value", () => {
    expect(newPersonNote("Ana Lima", { today: TODAY, role: "CTO %%since 2024%%" })).toContain("| **Role** | CTO %%since 2024%% |\n");
  });

  it("refuses a name that cannot be a file name", () => {
    expect(() => newPersonNote(" / ", { today: TODAY })).toThrow(/cannot be a file name/);
    expect(() => newPersonNote("", { today: TODAY })).toThrow(/cannot be a file name/);
  });

  it("contacts: properties puts the contact fields in the frontmatter and leaves the table out", () => {
    const text = newPersonNote("Ana Lima", { today: TODAY, contacts: "properties", role: "CTO", email: "ana@lima.example" });
    const fields = ["role: CTO", "company:", "department:", "email: ana@lima.example", "phone:", "linkedin:", "location:"];
    expect(text.startsWith(["---", "type: people", "title: Ana Lima", "created: '2026-11-25'", ...fields, "tags:", "- type/people", "---", "", "# Ana Lima", "", "## Relationship", ""].join("\n"))).toBe(true);
    expect(text.replace(/\n\n# Ana Lima\n\n## Relationship\n/, "\n\n# Ana Lima\n\n## Contact Information\n\n| Field | Value |\n|-------|-------|\n| **Role** | CTO |\n| **Company** | _Unknown_ |\n| **Department** | _Unknown_ |\n| **Email** | ana@lima.example |\n| **Phone** | _Unknown_ |\n| **LinkedIn** | _Unknown_ |\n| **Location** | _Unknown_ |\n\n## Relationship\n").replace(fields.join("\n") + "\n", "")).toBe(
      newPersonNote("Ana Lima", { today: TODAY, role: "CTO", email: "ana@lima.example" }),
    );
    const p = parsePerson(text, "People/Ana Lima.md");
    expect(p.contact).toEqual({});
    expect(p.contacts.filter((f) => f.values.length > 0).map((f) => [f.key, f.source, f.values])).toEqual([
      ["role", "property", ["CTO"]],
      ["email", "property", ["ana@lima.example"]],
    ]);
    // Setting a field on such a note writes the property, not a table.
    expect(setContactField(text, "Phone", "+1 555 0100", { today: TODAY })).toBe(text.replace("\nphone:\n", "\nphone: +1 555 0100\n"));
  });
});
