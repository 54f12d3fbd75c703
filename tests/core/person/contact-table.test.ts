/**
 * The contact table as setContactField and parsePerson both read it: the section's first table
 * is its first run of lines that start with `|` (outside code), and its rows are the lines after
 * its |---| row. A |---| line set apart from the header (by a blank line, text or code) belongs
 * to no table, so such a note is refused, naming the header's line, and parsePerson reads no
 * rows from it; it never gets a row only setContactField can see.
 */
import { describe, expect, it } from "vitest";
import { isKithError, parsePerson, setContactField } from "../../../src/core";
import { fieldName } from "../../../src/core/person/contact";
import { BOM, CTX, md, runEditCases, type EditCase } from "../helpers";

const PATH = "People/Dana Okafor.md";
const setRole = (t: string): string => setContactField(t, "Role", "CTO", CTX);
const setEmail = (t: string): string => setContactField(t, "Email", "d@x.example", CTX);

const refusedAt = (line: number): string => `The contact table at line ${line} has no |---| row under its header; fix the table by hand first.`;

describe("setContactField: rows go where parsePerson reads them", () => {
  const cases: EditCase[] = [
    {
      name: "a |---| row right under the header and no rows yet: the first row goes under it",
      before: md("## Contact Information", "| Field | Value |", "|---|---|", "", "Notes below.", ""),
      after: md("## Contact Information", "| Field | Value |", "|---|---|", "| **Role** | CTO |", "", "Notes below.", ""),
      edit: setRole,
    },
    {
      name: "a |---| row with only a broken line under it: the row goes right under the |---| row",
      before: md("## Contact Information", "| Field | Value |", "|---|---|", "|", ""),
      after: md("## Contact Information", "| Field | Value |", "|---|---|", "| **Role** | CTO |", "|", ""),
      edit: setRole,
    },
    {
      name: "a second table below a blank line is not read: the row goes into the first",
      before: md("## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | e@x.example |", "", "| Other | x |", "|---|---|", "| **Role** | Eng |", ""),
      after: md(
        "## Contact Information",
        "",
        "| Field | Value |",
        "|---|---|",
        "| **Email** | e@x.example |",
        "| **Role** | CTO |",
        "",
        "| Other | x |",
        "|---|---|",
        "| **Role** | Eng |",
        "",
      ),
      edit: setRole,
    },
    {
      name: "a first table in the section, CRLF and no final line break: the row is added at the end",
      before: "## Contact Information\r\n\r\n| Field | Value |\r\n|---|---|\r\n| **Role** | Eng |",
      after: "## Contact Information\r\n\r\n| Field | Value |\r\n|---|---|\r\n| **Role** | Eng |\r\n| **Email** | d@x.example |",
      edit: setEmail,
    },
    {
      // Obsidian shows a table only after a blank line, and a line of text right under one is its row.
      name: "a new table stands apart from text: a blank line above it, and below it when text follows",
      before: md("## Contact Information", "Met at the fair.", "", "## Relationship", ""),
      after: md("## Contact Information", "Met at the fair.", "", "| Field | Value |", "|-------|-------|", "| **Role** | CTO |", "", "## Relationship", ""),
      edit: setRole,
    },
    {
      name: "a new table above a setext heading leaves the heading its own",
      before: md("## Contact Information", "---", "Notes", "-", ""),
      after: md("## Contact Information", "---", "", "| Field | Value |", "|-------|-------|", "| **Role** | CTO |", "", "Notes", "-", ""),
      edit: setRole,
    },
    {
      name: "a table only in code: the section gets a table of its own above the code",
      before: md("## Contact Information", "", "```", "| Field | Value |", "```", ""),
      after: md("## Contact Information", "", "```", "| Field | Value |", "```", "| Field | Value |", "|-------|-------|", "| **Role** | CTO |", ""),
      edit: setRole,
    },
  ];
  runEditCases(cases);

  it.each(cases)("$name: parsePerson reads the new value, and setting it again changes nothing", ({ before, edit }) => {
    const after = edit(before);
    const contact = parsePerson(after, PATH).contact;
    const [field, value] = edit === setRole ? ["Role", "CTO"] : ["Email", "d@x.example"];
    expect(contact[field]).toBe(value);
    expect(edit(after)).toBe(after);
  });
});

describe("setContactField refuses a first table without its |---| row, naming the header's line", () => {
  const cases: Array<{ name: string; before: string; message: string }> = [
    { name: "a |---| line a blank line below the header", before: md("## Contact Information", "| Field | Value |", "", "|-------|-------|", ""), message: refusedAt(2) },
    {
      name: "a |---| line a blank line below, rows under it",
      before: md("# Dana", "", "## Contact Information", "", "| Field | Value |", "", "|---|---|", "| **Role** | Eng |", ""),
      message: refusedAt(5),
    },
    { name: "a |---| line a line of text below the header", before: md("## Contact Information", "| Field | Value |", "see below", "|---|---|", "| **Role** | Eng |"), message: refusedAt(2) },
    { name: "a |---| line inside code below the header", before: md("## Contact Information", "| Field | Value |", "```", "|---|---|", "```", ""), message: refusedAt(2) },
    { name: "a header and rows, and no |---| line at all", before: md("## Contact Information", "", "| Field | Value |", "| **Role** | Eng |", ""), message: refusedAt(3) },
    {
      name: "the |---| row only in a second table",
      before: md("## Contact Information", "| Field | Value |", "| **Role** | Eng |", "", "| a | b |", "|---|---|", ""),
      message: refusedAt(2),
    },
    {
      name: "BOM, CRLF frontmatter: the line counts the frontmatter's lines",
      before: `${BOM}---\r\ntype: people\r\n---\r\n## Contact Information\r\n| Field | Value |\r\n\r\n|---|---|\r\n`,
      message: refusedAt(5),
    },
  ];

  it.each(cases)("$name", ({ before, message }) => {
    let thrown: unknown = null;
    try {
      setRole(before);
    } catch (error) {
      thrown = error;
    }
    expect(isKithError(thrown)).toBe(true);
    expect((thrown as { code: string }).code).toBe("unsupported-layout");
    expect((thrown as Error).message).toBe(message);
  });

  it.each(cases)("$name: parsePerson reads no rows either", ({ before }) => {
    expect(parsePerson(before, PATH).contact).toEqual({});
  });
});

describe("fieldName reads a field cell as the two unwrapping regexes did", () => {
  it.each([
    ["**Role**", "Role"],
    [" __Email__ ", "Email"],
    ["**__Phone__**", "Phone"],
    ["***", "***"],
    ["**a\rb**", "**a\rb**"],
    ["Plain", "Plain"],
  ])("%j -> %j", (cell, name) => {
    expect(fieldName(cell)).toBe(name);
  });

  it("agrees with /^\\*\\*(.*)\\*\\*$/ then /^__(.*)__$/ on every cell of up to four pieces", () => {
    const reference = (cell: string): string =>
      cell.trim().replace(/\\\|/g, "|").replace(/^\*\*(.*)\*\*$/, "$1").replace(/^__(.*)__$/, "$1").trim();
    const pieces = ["*", "**", "_", "__", "a", " ", "\r", "\\|", "x y", "\u2028"];
    let cells = [""];
    const all: string[] = [""];
    for (let length = 1; length <= 4; length++) {
      cells = cells.flatMap((cell) => pieces.map((piece) => cell + piece));
      all.push(...cells);
    }
    expect(all.length).toBe(11111);
    expect(all.filter((cell) => fieldName(cell) !== reference(cell))).toEqual([]);
  });
});
