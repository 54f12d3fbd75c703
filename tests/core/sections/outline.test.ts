import { describe, expect, it } from "vitest";
import { bodyLines, contentRange, findSection, isInFence, normalizeHeading, scanOutline } from "../../../src/core";
import { scanCodeAndFooter, scanCodeBlocks } from "../../../src/core/sections/outline";
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

/** An outline as the text it points at: each heading's line and line break, each fence, the footer block and line. */
function outlineText(text: string): unknown {
  const o = scanOutline(text);
  return {
    headings: o.headings.map((h) => ({ level: h.level, title: h.title, line: text.slice(h.start, h.lineEnd), lineBreak: text.slice(h.lineEnd, h.next) })),
    fences: o.fences.map(([start, end]) => text.slice(start, end)),
    unclosedFence: o.unclosedFence === null ? null : text.slice(o.unclosedFence),
    comments: o.comments.map(([start, end]) => text.slice(start, end)),
    unclosedComment: o.unclosedComment === null ? null : text.slice(o.unclosedComment),
    footer: o.footer && { block: text.slice(o.footer.start, o.footer.lineEnd), line: text.slice(o.footer.lineStart, o.footer.lineEnd) },
  };
}

describe("scanOutline reads the body line by line", () => {
  const none = { headings: [], fences: [], unclosedFence: null, comments: [], unclosedComment: null, footer: null };
  const cases: Array<{ name: string; text: string; outline: unknown }> = [
    {
      name: "only LF ends a line: a lone CR and U+2028 do not start one",
      text: "a\r# lone CR\nx\u2028# line separator\n# Real\n",
      outline: { ...none, headings: [{ level: 1, title: "Real", line: "# Real", lineBreak: "\n" }] },
    },
    {
      name: "a heading's #s end at a tab, a lone CR or the line's end; a tab is no indent",
      text: "#\ttab\n#\rcr\n#\n\t# tab first\n",
      outline: {
        ...none,
        headings: [
          { level: 1, title: "tab", line: "#\ttab", lineBreak: "\n" },
          { level: 1, title: "cr", line: "#\rcr", lineBreak: "\n" },
          { level: 1, title: "", line: "#", lineBreak: "\n" },
        ],
      },
    },
    {
      name: "a backtick run with a backtick in its info string, or of two, opens no fence",
      text: "``` a`b\n# Real\n`` two\n## Also real\n",
      outline: {
        ...none,
        headings: [
          { level: 1, title: "Real", line: "# Real", lineBreak: "\n" },
          { level: 2, title: "Also real", line: "## Also real", lineBreak: "\n" },
        ],
      },
    },
    {
      name: "a ~~~ fence closes at a run as long or longer, spaces around it allowed",
      text: "~~~~ python\n# no\n~~~\n# no\n  ~~~~~  \n# yes\n",
      outline: { ...none, headings: [{ level: 1, title: "yes", line: "# yes", lineBreak: "\n" }], fences: ["~~~~ python\n# no\n~~~\n# no\n  ~~~~~  \n"] },
    },
    {
      name: "a closing fence has nothing after its run; the last line may have no line break",
      text: "   ```dataview\n# no\n``` x\n# no\n```\n# yes",
      outline: { ...none, headings: [{ level: 1, title: "yes", line: "# yes", lineBreak: "" }], fences: ["   ```dataview\n# no\n``` x\n# no\n```\n"] },
    },
    {
      name: "the footer starts its line and ends with a star (spaces after it allowed)",
      text: " *Last updated: 1*\ntext *Last updated: 1*\n*Last updated: open\n*Last updated: x* \n",
      outline: { ...none, footer: { block: "*Last updated: x* ", line: "*Last updated: x* " } },
    },
    {
      name: "the rule above the footer, blank lines between; CRLF",
      text: "# A\n\n- - -  \n\n   \n*Last updated: 2026-01-03*\r\n",
      outline: {
        ...none,
        headings: [{ level: 1, title: "A", line: "# A", lineBreak: "\n" }],
        footer: { block: "- - -  \n\n   \n*Last updated: 2026-01-03*", line: "*Last updated: 2026-01-03*" },
      },
    },
    {
      name: "a footer line in code is not the footer; the last one outside is",
      text: "*Last updated: 1*\n```\n*Last updated: 2*\n```\n",
      outline: { ...none, fences: ["```\n*Last updated: 2*\n```\n"], footer: { block: "*Last updated: 1*", line: "*Last updated: 1*" } },
    },
    {
      name: "a footer with only blank lines, a rule and a comment below it is the footer",
      text: "*Last updated: 1*\n\n***\n%% kept %%\n\n",
      outline: { ...none, comments: ["%% kept %%"], footer: { block: "*Last updated: 1*", line: "*Last updated: 1*" } },
    },
    {
      name: "a footer with a heading after it is not the footer",
      text: "# A\n---\n*Last updated: 1*\n# After\n",
      outline: {
        ...none,
        headings: [
          { level: 1, title: "A", line: "# A", lineBreak: "\n" },
          { level: 1, title: "After", line: "# After", lineBreak: "\n" },
        ],
      },
    },
    {
      name: "the footer as the first line after a BOM, with no line break",
      text: `${BOM}*Last updated: *`,
      outline: { ...none, footer: { block: "*Last updated: *", line: "*Last updated: *" } },
    },
    {
      name: "empty lines, then the footer (this once hung)",
      text: "\n\n*Last updated: *\n",
      outline: { ...none, footer: { block: "*Last updated: *", line: "*Last updated: *" } },
    },
    {
      name: "an unclosed fence runs to the end of the note",
      text: "# A\r\n```\r\n# B\r\n*Last updated: *\r\n",
      outline: {
        ...none,
        headings: [{ level: 1, title: "A", line: "# A", lineBreak: "\r\n" }],
        fences: ["```\r\n# B\r\n*Last updated: *\r\n"],
        unclosedFence: "```\r\n# B\r\n*Last updated: *\r\n",
      },
    },
    {
      name: "a rule right below the frontmatter",
      text: "---\ntype: people\n---\n---\n*Last updated: *\n",
      outline: { ...none, footer: { block: "---\n*Last updated: *", line: "*Last updated: *" } },
    },
  ];
  it.each(cases)("$name", ({ text, outline }) => {
    expect(outlineText(text)).toEqual(outline);
    const { frontmatter, bodyStart, fences, unclosedFence, comments, unclosedComment, footer } = scanOutline(text);
    expect(scanCodeAndFooter(text)).toEqual({ frontmatter, bodyStart, fences, unclosedFence, comments, unclosedComment, footer });
    expect(scanCodeBlocks(text)).toEqual({ bodyStart, fences, unclosedFence, comments });
  });

  it("a frontmatter fence never closed: scanOutline refuses, scanCodeBlocks reads the note as text", () => {
    const text = "---\n# a\n```\n";
    expect(() => scanOutline(text)).toThrow("the opening --- is never closed");
    expect(scanCodeBlocks(text)).toEqual({ bodyStart: 0, fences: [[8, 12]], unclosedFence: 8, comments: [] });
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
    expect(findSection(text, outline, "A", { level: 3 })).toBeNull();
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
