/** addContactValue (kith mcp's set_contact_field without replace): a value joins the others where the field lives. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/core";
import { addContactValue, isListValued } from "../../../src/cli/mcp/contact-value";
import { CTX, md, runEditCases, type EditCase } from "../../core/helpers";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "../../core/person/contact-fixtures";

const add = (field: string, value: string) => (text: string): string => addContactValue(text, field, value, CTX);
const swapLine = (text: string, from: string, to: string): string => {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
};

describe("addContactValue", () => {
  const cases: EditCase[] = [
    {
      name: "a block list property gets one more item",
      before: PROPERTIES_ONLY,
      after: swapLine(PROPERTIES_ONLY, "  - ana@home.example\n", "  - ana@home.example\n  - ana@work.example\n"),
      edit: add("Email", "ana@work.example"),
    },
    {
      name: "a flow list property gets one more item (written as the core's addListItem writes it)",
      before: PROPERTIES_ONLY,
      after: swapLine(PROPERTIES_ONLY, "Phone: ['+46 70 123 45 67']", "Phone: ['+46 70 123 45 67', +46 70 999 00 00]"),
      edit: add("mobile", "+46 70 999 00 00"),
    },
    {
      name: "a table cell gets the value after a comma",
      before: TYPE_PERSON,
      after: swapLine(TYPE_PERSON, "| Email | jonas@berg.example |", "| Email | jonas@berg.example, jonas@home.example |"),
      edit: add("email", "jonas@home.example"),
    },
    {
      name: "an inline field in a list item",
      before: INLINE_FIELDS,
      after: swapLine(INLINE_FIELDS, "- Phone:: +81 3 5555 0100\n", "- Phone:: +81 3 5555 0100, +81 6 5555 0199\n"),
      edit: add("Phone", "+81 6 5555 0199"),
    },
    {
      name: "a cell whose values are separated by semicolons keeps them so, and its own text as written",
      before: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example; b@y.example |", ""),
      after: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example; b@y.example; c@z.example |", ""),
      edit: add("Email", "c@z.example"),
    },
    {
      name: "a URL holding a comma is neither split nor rewritten",
      before: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **LinkedIn** | https://www.linkedin.com/in/a,b |", ""),
      after: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **LinkedIn** | https://www.linkedin.com/in/a,b, https://www.linkedin.com/in/c |", ""),
      edit: add("LinkedIn", "https://www.linkedin.com/in/c"),
    },
    { name: "a value already there, in another case, changes nothing", before: PROPERTIES_ONLY, after: PROPERTIES_ONLY, edit: add("email", "Ana@Home.example") },
    { name: "one of a cell's values, changes nothing", before: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example, b@x.example |", ""), after: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | a@x.example, b@x.example |", ""), edit: add("Email", "b@x.example") },
    {
      name: "a field without a value is set, as set_contact_field does",
      before: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Phone** | _Unknown_ |", ""),
      after: md("---", "type: people", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Phone** | +1 555 0100 |", ""),
      edit: add("Phone", "+1 555 0100"),
    },
  ];
  runEditCases(cases);

  it("refuses to add to a property that holds one value, in words, writing nothing", () => {
    const note = md("---", "type: people", "email: a@x.example", "---", "", "# A", "");
    expect(() => addContactValue(note, "Email", "b@y.example", CTX)).toThrow("email holds one value in the note's properties: make it a list there to keep several, or give replace: true to replace it.");
  });

  it("knows which fields hold several values, in any spelling", () => {
    expect(["E-mail", "Mobile", "Website", "LinkedIn", "Street Address", "Company", "Role", "Location"].map(isListValued)).toEqual([true, true, true, true, true, false, false, false]);
  });
});

describe("addContactValue property: the value is added once, and every other line stays", () => {
  const value = fc.stringMatching(/^[a-z0-9][a-z0-9.+]{0,8}@[a-z]{1,6}\.example$/);
  it.each([
    ["block list", PROPERTIES_ONLY, "email"],
    ["table", TYPE_PERSON, "email"],
    ["inline field", INLINE_FIELDS, "email"],
  ])("%s", (_name, note, field) => {
    fc.assert(
      fc.property(value, (v) => {
        fc.pre(!note.toLowerCase().includes(v));
        const once = add(field, v)(note);
        expect(add(field, v)(once)).toBe(once);
        const before = note.split("\n");
        const after = once.split("\n");
        // Every line of the note is still there, in order; what changed holds the value.
        const kept = before.filter((line) => after.includes(line));
        const changed = before.filter((line) => !after.includes(line));
        expect(kept.length + changed.length).toBe(before.length);
        expect(changed.length).toBeLessThanOrEqual(1);
        expect(after.filter((line) => !before.includes(line)).every((line) => line.includes(v) && (changed.length === 0 || line.startsWith(changed[0]!.slice(0, 4))))).toBe(true);
        if (field === "email" && note === PROPERTIES_ONLY) expect(parseFrontmatter(once).data.Email).toEqual(["ana.lima@tailspin.example", "ana@home.example", v]);
      }),
    );
  });
});
