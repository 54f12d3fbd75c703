import { Parser } from "commonmark";
import spec from "commonmark-spec";
import { describe, expect, it } from "vitest";
import { scanOutline } from "../../../src/core";

/**
 * The outline against commonmark.js (the reference implementation) on every example of the
 * CommonMark spec (ATX and setext headings, fences, indented code, HTML blocks, lists and quotes
 * among them): the headings of the note (the document's, not a list's or a quote's) as level and
 * first line. Both are dev-only oracles. Where Kith differs, the example is listed with why.
 */
const SECTIONS = ["ATX headings", "Setext headings", "Fenced code blocks", "Indented code blocks", "HTML blocks", "List items", "Block quotes"];

/** Where Kith differs from CommonMark, on purpose or by a known simplification, by example number. */
const KNOWN: Record<number, string> = {
  96: "a note that starts with --- opens frontmatter in Obsidian, so its first setext heading is frontmatter",
  216: "a link reference definition above === is not read as such: Kith sees a paragraph and a heading",
};

/** The document's headings as `level@line` (1-based), as commonmark.js reads them. */
function commonmarkHeadings(markdown: string): string[] {
  const headings: string[] = [];
  for (let node = new Parser().parse(markdown).firstChild; node; node = node.next) {
    if (node.type === "heading") headings.push(`${node.level}@${node.sourcepos[0][0]}`);
  }
  return headings;
}

function kithHeadings(markdown: string): string[] {
  return scanOutline(markdown).headings.map((h) => `${h.level}@${markdown.slice(0, h.start).split("\n").length}`);
}

const examples = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, "\t") }));

describe("the outline reads headings as commonmark.js does", () => {
  it("covers the spec's sections on headings, code, HTML, lists and quotes", () => {
    expect(SECTIONS.filter((s) => !examples.some((t) => t.section === s))).toEqual([]);
    expect(examples.length).toBeGreaterThan(600);
  });
  it.each(examples.filter((t) => !(t.number in KNOWN)))("example $number ($section)", ({ markdown }) => {
    expect(kithHeadings(markdown)).toEqual(commonmarkHeadings(markdown));
  });
  it.each(examples.filter((t) => t.number in KNOWN))("example $number differs on purpose", ({ markdown, number }) => {
    expect(kithHeadings(markdown), KNOWN[number]).not.toEqual(commonmarkHeadings(markdown));
  });
});
