/** contactPlaces finds the body's fields on the lines that hold `::` or `**`, wherever in the text they are. */
import { describe, expect, it } from "vitest";
import { contactPlaces, parseFrontmatter } from "../../../src/core";
import { DEFAULT_HEADINGS } from "../../../src/core/person/layout";
import { scanOutline } from "../../../src/core/sections/outline";

const placesOf = (text: string): Array<[string, string[], number, string]> =>
  contactPlaces(text, scanOutline(text), parseFrontmatter(text), DEFAULT_HEADINGS).map((p) => [p.key, p.values, p.line, text.slice(p.valueFrom, p.valueTo)]);

describe("contactPlaces in the body", () => {
  it.each<[string, string, Array<[string, string[], number, string]>]>([
    ["a field on the first line of a note with a BOM and no frontmatter", "\ufeffEmail:: ana@x.example\n", [["email", ["ana@x.example"], 1, "ana@x.example"]]],
    ["a field on the first line after the frontmatter", "---\ntype: person\n---\nPhone:: 123\n", [["phone", ["123"], 4, "123"]]],
    ["the last line without a line break", "# Ana\n\n**Location:** Lisbon", [["location", ["Lisbon"], 3, "Lisbon"]]],
    ["CRLF lines, two fields in a row", "# Ana\r\nEmail:: a@x.example\r\n- **Phone**:: 1 2\r\n", [["email", ["a@x.example"], 2, "a@x.example"], ["phone", ["1 2"], 3, "1 2"]]],
    ["two marks on one line give its fields once", "Met at **Acme** [City:: Porto] (Email:: p@x.example)\n", [["location", ["Porto"], 1, "Porto"], ["email", ["p@x.example"], 1, "p@x.example"]]],
    ["a field in fenced code or a comment is none", "```\nEmail:: a@x.example\n```\n%% Phone:: 1 %%\n<!-- **Location:** x -->\nCity:: Faro\n", [["location", ["Faro"], 6, "Faro"]]],
    ["a field in the layout's own section is none", "## Key Facts\n\n- **Role**: runs it\n\n## Notes\n\nRole:: CTO\n", [["role", ["CTO"], 7, "CTO"]]],
    ["a line with no mark is never a field", "Email: a@x.example\n*Phone*: 1\n", []],
  ])("%s", (_name, text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});
