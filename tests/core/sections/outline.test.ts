import { describe, expect, it } from "vitest";
import { bodyLines, contentRange, findSection, isInFence, normalizeHeading, scanOutline } from "../../../src/core";
import { BOM, crlf, fixture, md } from "../helpers";

const titles = (text: string): string[] => scanOutline(text).headings.map((h) => `${"#".repeat(h.level)} ${h.title}`);

describe("scanOutline finds headings outside code and frontmatter", () => {
  const cases: Array<{ name: string; text: string; headings: string[] }> = [
    { name: "plain headings", text: md("# A", "", "## B", "### C", ""), headings: ["# A", "## B", "### C"] },
    {
      name: "a ``` fence hides headings",
      text: md("```", "## Key Facts", "```", "## Real", ""),
      headings: ["## Real"],
    },
    {
      name: "a ~~~ fence hides headings, and ``` does not close it",
      text: md("~~~", "## Hidden", "```", "## Still hidden", "~~~", "## Real", ""),
      headings: ["## Real"],
    },
    {
      name: "a 4-backtick fence holding a 3-backtick one",
      text: md("````md", "```", "## Key Facts", "```", "## Key Decisions", "````", "## Real", ""),
      headings: ["## Real"],
    },
    {
      name: "a closing fence may be longer, not shorter",
      text: md("~~~~", "## a", "~~~", "## b", "~~~~~", "## Real", ""),
      headings: ["## Real"],
    },
    {
      name: "a backtick fence's info string may not hold a backtick",
      text: md("``` a`b", "## Real", ""),
      headings: ["## Real"],
    },
    {
      name: "an unclosed fence runs to the end",
      text: md("## Real", "```", "## Hidden", ""),
      headings: ["## Real"],
    },
    {
      name: "closing #s and spaces are not part of the title",
      text: md("## Key Facts ##   ", "##   Recent Context   ", "## C#", "## D \\#", "#### Deep #", "## #", ""),
      headings: ["## Key Facts", "## Recent Context", "## C#", "## D \\#", "#### Deep", "## "],
    },
    {
      name: "#tags, 7 #s and 4-space indents are not headings",
      text: md("#tag", "####### seven", "    ## code", "   ## three spaces", ""),
      headings: ["## three spaces"],
    },
    {
      name: "frontmatter comments are not headings",
      text: md("---", "# comment", "a: 1", "---", "# H1", ""),
      headings: ["# H1"],
    },
    {
      name: "CRLF",
      text: crlf(md("# A", "```", "## no", "```", "## B ##", "")),
      headings: ["# A", "## B"],
    },
    {
      name: "BOM before frontmatter",
      text: BOM + md("---", "a: 1", "---", "## B", ""),
      headings: ["## B"],
    },
    {
      name: "the fenced-headings fixture",
      text: fixture("fenced-headings.md"),
      headings: ["# Noor Haddad", "## Background", "## Key Facts", "## Topics Discussed"],
    },
    {
      name: "the heading-trailing-hashes fixture",
      text: fixture("heading-trailing-hashes.md"),
      headings: ["# Greta Lund", "## Key Facts", "## Topics Discussed", "## Recent Context"],
    },
  ];
  it.each(cases)("$name", ({ text, headings }) => {
    expect(titles(text)).toEqual(headings);
  });

  it("records fences as whole lines", () => {
    const text = md("x", "```", "a", "```", "y", "");
    const outline = scanOutline(text);
    expect(outline.fences).toEqual([[2, 12]]);
    expect(isInFence(outline, text.indexOf("a"))).toBe(true);
    expect(isInFence(outline, text.indexOf("y"))).toBe(false);
  });

  it("finds the footer and the rule above it", () => {
    const text = md("## Related", "", "---", "", "*Last updated: 2026-01-01*", "");
    const footer = scanOutline(text).footer;
    expect(footer).toEqual({ start: text.indexOf("---"), lineStart: text.indexOf("*Last"), lineEnd: text.length - 1 });
  });

  it("a footer followed by a heading is not the footer", () => {
    expect(scanOutline(md("*Last updated: *", "## After", "")).footer).toBeNull();
    expect(scanOutline(md("```", "*Last updated: *", "```", "")).footer).toBeNull();
    expect(scanOutline(fixture("no-footer.md")).footer).toBeNull();
  });
});

describe("findSection", () => {
  it("ignores case, spacing and Unicode form", () => {
    const text = md("## key   FACTS", "- a", "## Next", "");
    const section = findSection(text, scanOutline(text), "Key Facts");
    expect(section?.heading.title).toBe("key   FACTS");
    expect(normalizeHeading("Cafe\u0301  Notes")).toBe(normalizeHeading("Café Notes"));
  });

  it("a section ends at the next heading of its level or above, or at the footer", () => {
    const text = md("## A", "x", "### A.1", "y", "## B", "z", "", "---", "*Last updated: *", "");
    const outline = scanOutline(text);
    expect(findSection(text, outline, "A")?.end).toBe(text.indexOf("## B"));
    expect(findSection(text, outline, "B")?.end).toBe(text.indexOf("---"));
    expect(findSection(text, outline, "Missing")).toBeNull();
    expect(findSection(text, outline, "A", 3)).toBeNull();
  });

  it("does not find a heading inside code", () => {
    const text = fixture("fenced-headings.md");
    const outline = scanOutline(text);
    expect(findSection(text, outline, "Recent Context")).toBeNull();
    expect(findSection(text, outline, "Key Decisions")).toBeNull();
    const facts = findSection(text, outline, "Key Facts");
    expect(facts && text.slice(facts.heading.start, facts.heading.lineEnd)).toBe("## Key Facts");
    expect(facts && text.slice(facts.heading.start - 4, facts.heading.start)).toBe("```\n\n".slice(-4));
  });

  it("body lines know list items and code", () => {
    const text = md("## S", "", "- a", "  more", "```", "- not an item", "```", "1. one", "", "");
    const outline = scanOutline(text);
    const lines = bodyLines(text, outline, findSection(text, outline, "S")!);
    expect(lines.map((l) => [l.text, l.listItem, l.inCode, l.blank])).toEqual([
      ["", false, false, true],
      ["- a", true, false, false],
      ["  more", false, false, false],
      ["```", false, true, false],
      ["- not an item", false, true, false],
      ["```", false, true, false],
      ["1. one", true, false, false],
      ["", false, false, true],
    ]);
    expect(contentRange(lines)).toEqual({ first: 1, last: 6 });
    expect(contentRange([])).toBeNull();
  });
});
