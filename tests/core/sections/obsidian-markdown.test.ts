import { describe, expect, it } from "vitest";
import { bodyLines, findSection, scanOutline } from "../../../src/core";
import { md } from "../helpers";

/** The outline as text: headings as `## title`, the comments, and the footer block. */
function read(text: string): { headings: string[]; comments: string[]; footer: string | null } {
  const o = scanOutline(text);
  return {
    headings: o.headings.map((h) => `${"#".repeat(h.level)} ${h.title}`),
    comments: o.comments.map(([start, end]) => text.slice(start, end)),
    footer: o.footer && text.slice(o.footer.start, o.footer.lineEnd),
  };
}

describe("comments hide what is in them", () => {
  const cases: Array<{ name: string; text: string; headings: string[]; comments: string[]; footer?: string | null }> = [
    { name: "a %% block", text: md("%%", "## Hidden", "%%", "## Real", ""), headings: ["## Real"], comments: ["%%\n## Hidden\n%%"] },
    { name: "an HTML comment block", text: md("<!--", "## Hidden", "-->", "## Real", ""), headings: ["## Real"], comments: ["<!--\n## Hidden\n-->"] },
    { name: "a %% comment opened after text", text: md("note %% start", "## Hidden", "end %%", "## Real", ""), headings: ["## Real"], comments: ["%% start\n## Hidden\nend %%"] },
    { name: "an inline comment on a heading line", text: md("## Real %% aside %%", "## Two", ""), headings: ["## Real %% aside %%", "## Two"], comments: ["%% aside %%"] },
    { name: "--> does not close %%, %% does not close <!--", text: md("%% <!--", "## a", "-->", "## b", "%%", "<!-- %%", "## c", "-->", "## Real", ""), headings: ["## Real"], comments: ["%% <!--\n## a\n-->\n## b\n%%", "<!-- %%\n## c\n-->"] },
    { name: "%% and <!-- in inline code are text", text: md("Use `%%` and `<!--` here", "## Real", ""), headings: ["## Real"], comments: [] },
    { name: "a comment marker in a fence is code", text: md("```", "%%", "```", "## Real", "%% x %%", ""), headings: ["## Real"], comments: ["%% x %%"] },
    { name: "a fence in a comment is comment", text: md("%%", "```", "%%", "## Real", ""), headings: ["## Real"], comments: ["%%\n```\n%%"] },
    { name: "an unclosed comment hides the rest of the note", text: md("## Real", "%%", "## Hidden", ""), headings: ["## Real"], comments: ["%%\n## Hidden\n"] },
    { name: "an arrow --> outside a comment is text", text: md("a --> b", "## Real", ""), headings: ["## Real"], comments: [] },
    {
      name: "the footer inside a comment is not the footer",
      text: md("## A", "", "---", "*Last updated: 2026-01-01*", "", "%%", "---", "*Last updated: *", "%%", ""),
      headings: ["## A"],
      comments: ["%%\n---\n*Last updated: *\n%%"],
      footer: "---\n*Last updated: 2026-01-01*",
    },
  ];
  it.each(cases)("$name", ({ text, headings, comments, footer }) => {
    const outline = read(text);
    expect(outline.headings).toEqual(headings);
    expect(outline.comments).toEqual(comments);
    if (footer !== undefined) expect(outline.footer).toBe(footer);
  });

  it("body lines inside a comment are marked, and never list items", () => {
    const text = md("## Key Facts", "- One.", "%%", "- Hidden.", "%%", "- Two. %% open", "- Not an item.", "%%", "");
    const outline = scanOutline(text);
    const section = findSection(text, outline, "Key Facts");
    if (!section) throw new Error("no section");
    expect(bodyLines(text, outline, section).map((l) => [l.text, l.listItem, l.inComment, l.inCode])).toEqual([
      ["- One.", true, false, false],
      ["%%", false, true, true],
      ["- Hidden.", false, true, true],
      ["%%", false, true, true],
      ["- Two. %% open", true, false, false],
      ["- Not an item.", false, true, true],
      ["%%", false, true, true],
    ]);
  });
});

describe("setext headings", () => {
  const cases: Array<{ name: string; text: string; headings: string[]; footer?: string | null }> = [
    { name: "= makes level 1, - level 2", text: md("Title", "=====", "", "Part", "---", ""), headings: ["# Title", "## Part"] },
    { name: "a paragraph of several lines is one heading", text: md("Key", "Facts", "-", ""), headings: ["## Key Facts"] },
    { name: "--- after a blank line is a rule", text: md("Text", "", "---", ""), headings: [] },
    { name: "--- under a heading is a rule", text: md("## A", "---", ""), headings: ["## A"] },
    { name: "--- under a list item is a rule (the item's text runs on)", text: md("- item", "more", "---", ""), headings: [] },
    { name: "--- under a quote is a rule", text: md("> quote", "---", ""), headings: [] },
    { name: "--- under a table is a rule", text: md("| a | b |", "|---|---|", "| 1 | 2 |", "---", ""), headings: [] },
    { name: "=== under nothing is text", text: md("", "===", ""), headings: [] },
    { name: "--- under indented code is a rule", text: md("    code", "---", ""), headings: [] },
    { name: "indented code, then a paragraph", text: md("    code", "Text", "---", ""), headings: ["## Text"] },
    { name: "a paragraph indented under a list item is the item's", text: md("- item", "  Text", "", "- item", "  Text", "  ---", ""), headings: [] },
    // CommonMark keeps it in the item; Kith reads it as the note's, so a list an edit writes above never swallows it.
    { name: "after a blank line, an indented paragraph is the note's", text: md("- item", "", "  Text", "  ---", ""), headings: ["## Text"] },
    { name: "two in a row", text: md("A", "---", "B", "---", ""), headings: ["## A", "## B"] },
    { name: "an underline in a fence is code", text: md("```", "A", "---", "```", ""), headings: [] },
    { name: "an underline in a comment is hidden", text: md("%%", "A", "---", "%%", ""), headings: [] },
    { name: "after a comment block, a new paragraph", text: md("<!-- c -->", "A", "---", ""), headings: ["## A"] },
    { name: "four spaces are no underline", text: md("A", "    ---", ""), headings: [] },
    { name: "CRLF", text: md("A\r", "---\r", "\r", "---\r", ""), headings: ["## A"] },
    {
      name: "a text line right above the footer's --- makes a heading: the footer has no rule",
      text: md("## Related", "", "Text", "---", "*Last updated: *", ""),
      headings: ["## Related", "## Text"],
      footer: "*Last updated: *",
    },
    {
      // Obsidian shows a heading; Kith keeps its footer, so an edit above it never turns it into one.
      name: "the footer is never a heading's text",
      text: md("## A", "*Last updated: *", "---", "", "Text", "*Last updated: *", "---", ""),
      headings: ["## A"],
      footer: "*Last updated: *",
    },
  ];
  it.each(cases)("$name", ({ text, headings, footer }) => {
    expect(read(text).headings).toEqual(headings);
    if (footer !== undefined) expect(read(text).footer).toBe(footer);
  });

  it("a setext heading spans its text and its underline", () => {
    const text = md("Intro", "", "Key", "Facts", "---", "- One.", "");
    const [heading] = scanOutline(text).headings;
    expect(heading && text.slice(heading.start, heading.next)).toBe("Key\nFacts\n---\n");
    expect(heading && text.slice(heading.lineEnd, heading.next)).toBe("\n");
  });
});

describe("headings inside lists, quotes and indented code are not the note's", () => {
  const cases: Array<{ name: string; text: string; headings: string[] }> = [
    { name: "indented under a list item", text: md("- item", "  ## In item", "## Real", ""), headings: ["## Real"] },
    { name: "under an ordered item", text: md("1. item", "   ## In item", ""), headings: [] },
    // CommonMark keeps it in the item; Kith reads it as the note's, so a list an edit writes above never swallows it.
    { name: "after a blank line, the note's", text: md("1. item", "", "   ## Real", ""), headings: ["## Real"] },
    { name: "indented less than the item's text: the note's", text: md("- item", " ## Real", ""), headings: ["## Real"] },
    { name: "under a nested item's text", text: md("- a", "  - b", "    text", "   ## In item", ""), headings: [] },
    { name: "after the list ends", text: md("- item", "", "Text", "", "  ## Real", ""), headings: ["## Real"] },
    { name: "a second one under the same item", text: md("- item", "  ## a", "  ## b", "   ## c", ""), headings: [] },
    { name: "in a quote", text: md("> ## Quoted", ">## Quoted", "## Real", ""), headings: ["## Real"] },
    { name: "in indented code", text: md("    ## Code", "\t## Code", "## Real", ""), headings: ["## Real"] },
  ];
  it.each(cases)("$name", ({ text, headings }) => {
    expect(read(text).headings).toEqual(headings);
  });
});

describe("reading back for setext headings and list items: long notes of such lines", () => {
  // Each of these took seconds (one never finished) when every underline or indented heading read
  // back to the list's first line. No timing here (the bench times, tests do not): a reader that
  // reads back again would make this file outlast its timeout by far.
  const shapes: Array<[string, string, Array<[number, number]>]> = [
    ["underlines under a list item", "- a\n" + "===\n".repeat(20000), []],
    ["underlines after blank lines", "\n===\n".repeat(20000), []],
    ["headings indented under one item", "- a\n" + "  ## x\n   ## y\n".repeat(10000), []],
    ["headings under a nested item's text", "- a\n  - b\n" + "    text\n   ## c\n".repeat(10000), []],
    ["one long paragraph, then an underline", "text\n".repeat(50000) + "---\n", [[2, 0]]],
  ];
  it.each(shapes)("%s", (_name, text, headings) => {
    expect(scanOutline(text).headings.map((h) => [h.level, h.start])).toEqual(headings);
  });
});
