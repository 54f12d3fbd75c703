import { describe, expect, it } from "vitest";
import { linkAt, pathResolver, retargetLinks, scanLinks, shortestLinkText } from "../../../src/core";
import { md, runEditCases } from "../helpers";

const OLD = "People/Dana O.md";
const TARGET = "People/Dana Okafor.md";
const VAULT = [OLD, TARGET, "Meetings/m.md", "Archive/Dana O.md", "index.md"];
const resolve = pathResolver(VAULT);
const retarget = (text: string, from = "Meetings/m.md"): string =>
  retargetLinks(text, from, (linkpath) => resolve(linkpath, from) === OLD, { path: TARGET, linkText: () => shortestLinkText(VAULT)(TARGET) });

describe("retargetLinks", () => {
  runEditCases([
    { name: "a wikilink", before: "Met [[Dana O]] today.", after: "Met [[Dana Okafor]] today.", edit: (t) => retarget(t) },
    { name: "display text stays", before: "[[Dana O|Dana]]", after: "[[Dana Okafor|Dana]]", edit: (t) => retarget(t) },
    { name: "heading and block parts stay", before: "[[Dana O#Key Facts|facts]] [[Dana O#^b1]]", after: "[[Dana Okafor#Key Facts|facts]] [[Dana Okafor#^b1]]", edit: (t) => retarget(t) },
    { name: "an embed", before: "![[Dana O#Profile]]", after: "![[Dana Okafor#Profile]]", edit: (t) => retarget(t) },
    { name: "a full path stays a full path, .md stays", before: "[[People/Dana O.md|x]] [[People/Dana O]]", after: "[[People/Dana Okafor.md|x]] [[People/Dana Okafor]]", edit: (t) => retarget(t) },
    { name: "an escaped pipe in a table", before: "| [[Dana O\\|Dana]] |", after: "| [[Dana Okafor\\|Dana]] |", edit: (t) => retarget(t) },
    {
      name: "Markdown links: encoded, relative, angle brackets, with a heading",
      before: "[a](../People/Dana%20O.md#Key%20Facts) [b](<People/Dana O.md>) ![c](People/Dana%20O.md)",
      after: "[a](../People/Dana%20Okafor.md#Key%20Facts) [b](<People/Dana Okafor.md>) ![c](People/Dana%20Okafor.md)",
      edit: (t) => retarget(t),
    },
    {
      name: "a linked photo, a title in single quotes, an escaped parenthesis",
      before: "[![Dana](People/Dana%20O.md)](People/Dana%20O.md) [d](People/Dana%20O.md 'her note') [e](People/Dana%20O\\(x\\).md)",
      after: "[![Dana](People/Dana%20Okafor.md)](People/Dana%20Okafor.md) [d](People/Dana%20Okafor.md 'her note') [e](People/Dana%20O\\(x\\).md)",
      edit: (t) => retarget(t),
    },
    {
      name: "frontmatter links, in each quote style",
      before: md("---", 'manager: "[[Dana O]]"', "people:", "- '[[Dana O|Dana]]'", "---", "body"),
      after: md("---", 'manager: "[[Dana Okafor]]"', "people:", "- '[[Dana Okafor|Dana]]'", "---", "body"),
      edit: (t) => retarget(t),
    },
    {
      name: "links in code stay as they are",
      before: md("`[[Dana O]]` and ``a `[[Dana O]]` b``", "```", "[[Dana O]]", "```", "    ~~~", "~~~md", "[x](People/Dana%20O.md)", "~~~"),
      after: md("`[[Dana O]]` and ``a `[[Dana O]]` b``", "```", "[[Dana O]]", "```", "    ~~~", "~~~md", "[x](People/Dana%20O.md)", "~~~"),
      edit: (t) => retarget(t),
    },
    {
      name: "links to other notes, and a same-named note elsewhere, stay",
      before: "[[Archive/Dana O]] [[Dana Okafor]] [[index]] [web](https://example.com/Dana%20O.md)",
      after: "[[Archive/Dana O]] [[Dana Okafor]] [[index]] [web](https://example.com/Dana%20O.md)",
      edit: (t) => retarget(t),
    },
    { name: "a bare name resolves in the linking note's folder first", before: "[[Dana O]]", after: "[[Dana O]]", edit: (t) => retarget(t, "Archive/notes.md") },
  ]);
});

describe("retargetLinks to a name with a %", () => {
  it("writes it %25 in a Markdown link, so it reads back as the name", () => {
    const to = "People/100% Dana.md";
    const after = retargetLinks("[d](People/Dana%20O.md) [[Dana O]]", "Meetings/m.md", (p) => resolve(p, "Meetings/m.md") === OLD, { path: to, linkText: () => "100% Dana" });
    expect(after).toBe("[d](People/100%25%20Dana.md) [[100% Dana]]");
    expect(scanLinks(after).map((l) => l.linkpath)).toEqual(["People/100% Dana.md", "100% Dana"]);
  });
});

describe("scanLinks and linkAt", () => {
  it("finds the path part of each kind of link", () => {
    expect(scanLinks("x [[A#h|d]] ![[B]] [t](C%20D.md#h)").map((l) => [l.kind, l.embed, l.linkpath])).toEqual([
      ["wiki", false, "A"],
      ["wiki", true, "B"],
      ["markdown", false, "C D.md"],
    ]);
  });

  it.each([
    { text: "![](Attachments/Lena%20(work).png)", path: "Attachments/Lena (work).png" },
    { text: "[link](foo(and(bar)))", path: "foo(and(bar))" },
    { text: "![a [b] c](Attachments/Lena%20Voss.png)", path: "Attachments/Lena Voss.png" },
    { text: '[t](<My Note (draft).md> "title")', path: "My Note (draft).md" },
    { text: "[t](a(b.md", path: null },
    { text: "[link [foo [bar]]](People/Dana.md)", path: "People/Dana.md" },
    { text: "[a [b [c](d.md)]](e.md)", path: "d.md" },
    { text: `[t](People/Dana.md 'her "note"')`, path: "People/Dana.md" },
    { text: "[t](People/Dana.md (her note))", path: "People/Dana.md" },
    { text: '[t](People/Dana.md "a \\"b\\"")', path: "People/Dana.md" },
    { text: '![t](Attachments/Dana.png  "photo"   )', path: "Attachments/Dana.png" },
    { text: "[t](People/Dana.md )", path: "People/Dana.md" },
    { text: "[t](People/Dana.md 'open)", path: null },
    { text: "\\\\[Dana](People/Dana.md)", path: "People/Dana.md" },
    { text: "\\\\\\[Dana](People/Dana.md)", path: null },
    { text: "[Dana](  People/Dana.md )", path: "People/Dana.md" },
    { text: "[Dana](\t<People/Dana.md>)", path: "People/Dana.md" },
    { text: "See [notes on [Dana](People/Dana%20Okafor.md) here](Meetings/2024.md).", path: "People/Dana Okafor.md" },
    { text: "\\[![x](img.png)](Other.md)", path: "img.png" },
    { text: "[x](<ab)", path: null },
    { text: "\\[a [b] c](<a>)", path: null },
    { text: "\\![x](a.png)", path: "a.png" },
    { text: "![a \\[ b](a.png)", path: "a.png" },
    // Read one way only: with each backslash read two ways, this took 25 s.
    { text: `[${"\\[a\\]".repeat(30)}x`, path: null },
    { text: `[${"\\[a\\]".repeat(30)}](a.png)`, path: "a.png" },
  ])("a Markdown link's path holds parentheses in pairs, its text brackets in pairs: $text", ({ text, path }) => {
    const links = scanLinks(text);
    expect(links.map((l) => l.linkpath)).toEqual(path === null ? [] : [path]);
    for (const l of links) expect(decodeURIComponent(text.slice(l.pathFrom, l.pathTo))).toBe(path);
  });

  it("an image in a link's text is found, and the link", () => {
    const text = "[![Dana](Attachments/Dana.png)](People/Dana.md) [x ![a](b.png) y ![c](d.png)](e.md)";
    expect(scanLinks(text).map((l) => [l.embed, l.linkpath, text.slice(l.pathFrom, l.pathTo)])).toEqual([
      [false, "People/Dana.md", "People/Dana.md"],
      [true, "Attachments/Dana.png", "Attachments/Dana.png"],
      [false, "e.md", "e.md"],
      [true, "b.png", "b.png"],
      [true, "d.png", "d.png"],
    ]);
  });

  it("an image with spaces after its ( in a link's text: both found", () => {
    const text = "[![i](  a.png)](People/Dana.md) [![j](\tb.png 't')](c.md)";
    expect(scanLinks(text).map((l) => [l.linkpath, text.slice(l.pathFrom, l.pathTo)])).toEqual([
      ["People/Dana.md", "People/Dana.md"],
      ["a.png", "a.png"],
      ["c.md", "c.md"],
      ["b.png", "b.png"],
    ]);
  });

  it("a backslash before punctuation in a path escapes it, as CommonMark reads it", () => {
    const text = "[a](Anna\\(Annie\\).md) [b](Notes\\x.md)";
    expect(scanLinks(text).map((l) => [l.linkpath, text.slice(l.pathFrom, l.pathTo)])).toEqual([
      ["Anna(Annie).md", "Anna\\(Annie\\).md"],
      ["Notes\\x.md", "Notes\\x.md"],
    ]);
  });

  it("[[Lee]](Dana.md) is a wikilink, no Markdown link", () => {
    expect(scanLinks("[[Lee]](Dana.md)").map((l) => [l.kind, l.linkpath])).toEqual([["wiki", "Lee"]]);
  });

  it("names the link under the cursor", () => {
    const line = "See [[Dana O|Dana]] and [her](People/Lee%20Chen.md).";
    expect(linkAt(line, 6)).toBe("Dana O");
    expect(linkAt(line, 30)).toBe("People/Lee Chen.md");
    expect(linkAt(line, 21)).toBeNull();
  });
});

describe("pathResolver", () => {
  it("resolves names, paths, relative paths; prefers the linking note's folder", () => {
    expect(resolve("dana o", "index.md")).toBe(OLD);
    expect(resolve("Dana O", "Archive/x.md")).toBe("Archive/Dana O.md");
    expect(resolve("../People/Dana O.md", "Meetings/m.md")).toBe(OLD);
    expect(resolve("Nobody", "index.md")).toBeNull();
  });
});
