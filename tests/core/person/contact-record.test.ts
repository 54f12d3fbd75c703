import { DEFAULT_HEADINGS } from "../../../src/core/person/layout";
import { describe, expect, it } from "vitest";
import { contactRecord, parseFrontmatter } from "../../../src/core";
import { scanOutline } from "../../../src/core/sections/outline";
import { md } from "../helpers";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "./contact-fixtures";

const record = (text: string) => contactRecord(text, scanOutline(text), parseFrontmatter(text), DEFAULT_HEADINGS);

describe("contactRecord reads the fields from the table, Properties, inline fields and bold labels", () => {
  it("Properties only: known keys in any spelling, lists as several values, other keys left out", () => {
    expect(record(PROPERTIES_ONLY)).toEqual([
      { key: "first-name", label: "First Name", values: ["Ana"], source: "property", line: 3, also: [] },
      { key: "last-name", label: "Last Name", values: ["Lima"], source: "property", line: 4, also: [] },
      { key: "company", label: "Company", values: ["Tailspin Toys"], source: "property", line: 5, also: [] },
      { key: "email", label: "Email", values: ["ana.lima@tailspin.example", "ana@home.example"], source: "property", line: 6, also: [] },
      { key: "phone", label: "Phone", values: ["+46 70 123 45 67"], source: "property", line: 9, also: [] },
      { key: "birthday", label: "Birthday", values: ["1990-04-02"], source: "property", line: 10, also: [] },
      { key: "aliases", label: "aliases", values: ["Ana L"], source: "property", line: 11, also: [] },
    ]);
  });

  it("type: person: a 📇 Contact Info table with Channel|Details columns, and bold-label lines", () => {
    expect(record(TYPE_PERSON)).toEqual([
      { key: "email", label: "Email", values: ["jonas@berg.example"], source: "table", line: 20, also: [] },
      { key: "phone", label: "Phone", values: ["+46 31 555 0101"], source: "table", line: 21, also: [] },
      { key: "relationship", label: "Relationship", values: ["client"], source: "bold-label", line: 11, also: [] },
      { key: "location", label: "Location", values: ["Gothenburg"], source: "bold-label", line: 12, also: [] },
    ]);
  });

  it("inline fields: on their own line, in a list item, with a bold key, [in] and (in) text; not in code", () => {
    expect(record(INLINE_FIELDS)).toEqual([
      { key: "email", label: "Email", values: ["mei@tanaka.example"], source: "inline-field", line: 7, also: [] },
      { key: "phone", label: "Phone", values: ["+81 3 5555 0100"], source: "inline-field", line: 8, also: [] },
      { key: "company", label: "Company", values: ["Wide World Importers"], source: "inline-field", line: 9, also: [] },
      { key: "role", label: "Role", values: ["product lead"], source: "inline-field", line: 11, also: [] },
      { key: "birthday", label: "Birthday", values: ["1988-11-30"], source: "inline-field", line: 11, also: [] },
    ]);
  });

  it("a field in several places lives in the first with a value (table, Properties, inline, bold); the others are kept as also", () => {
    // (A `**Role**:` line under the layout's own Profile is Profile's: see the next test.)
    const text = md(
      "---",
      "e-mail: dana@props.example",
      "---",
      "## Contact Information",
      "| Field | Value |",
      "|---|---|",
      "| **Email** | _Unknown_ |",
      "| **Role** | CTO |",
      "## Notes",
      "**Role**: Chief technology officer",
      "**Background**:",
      "- Was at Contoso.",
      "",
    );
    expect(record(text)).toEqual([
      {
        key: "email",
        label: "e-mail",
        values: ["dana@props.example"],
        source: "property",
        line: 2,
        also: [{ label: "Email", values: [], source: "table", line: 7 }],
      },
      { key: "role", label: "Role", values: ["CTO"], source: "table", line: 8, also: [{ label: "Role", values: ["Chief technology officer"], source: "bold-label", line: 10 }] },
    ]);
  });

  it("the layout's own sections keep their lines: Profile's **Role**:, a topic or fact that reads like a label", () => {
    const text = md("## Profile", "**Role**: CTO", "## Key Facts", "- **Email**: dana@fact.example", "## Topics Discussed", "**Phone**: 555", "## Notes", "**Location**: Oslo", "");
    expect(record(text).map((f) => [f.key, f.values, f.source])).toEqual([["location", ["Oslo"], "bold-label"]]);
  });

  it.each([
    ["E-mail", "email"],
    ["emails", "email"],
    ["Mobile", "phone"],
    ["Organization", "company"],
    ["job title", "role"],
    ["birth-date", "birthday"],
    ["LinkedIn", "linkedin"],
    ["City", "location"],
    ["Street Address", "address"],
    ["URL", "url"],
  ])("the property %s is the field %s", (label, key) => {
    expect(record(md("---", `${label}: x`, "---", "")).map((f) => f.key)).toEqual([key]);
  });

  it("frontmatter keys that are no contact name are not contact fields", () => {
    expect(record(md("---", "type: person", "title: Dana", "created: 2026-01-01", "tags: [Person]", "---", ""))).toEqual([]);
  });

  it("fields inside %% or HTML comments are hidden, as Obsidian hides them", () => {
    expect(record(md("%%", "Email:: hidden@x.example", "%%", "<!--", "**Phone:** 1", "-->", "Email:: shown@x.example", "")).map((f) => [f.key, f.values])).toEqual([["email", ["shown@x.example"]]]);
  });
});
