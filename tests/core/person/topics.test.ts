import { describe, expect, it } from "vitest";
import { mergeTopics, parsePerson } from "../../../src/core";
import { templatePrompts } from "../../../src/core/person/placeholder";
import { CTX, md, runEditCases, type EditCase } from "../helpers";

/** A Topics Discussed section holding `lines`, between two other sections. */
const topics = (...lines: string[]): string => md("## Key Facts", "", "- x", "", "## Topics Discussed", "", ...lines, "", "## Recent Context", "");
const add = (t: string): string => mergeTopics(t, ["Python"], CTX);

describe("mergeTopics keeps italic topics (user text is never a placeholder)", () => {
  const cases: EditCase[] = [
    { name: "an italic topic list", before: topics("_Kubernetes, Go, Rust_"), after: topics("_Kubernetes, Go, Rust_, Python"), edit: add },
    { name: "a starred sentence", before: topics("*We mostly talk about hiring.*"), after: topics("*We mostly talk about hiring.*, Python"), edit: add },
    { name: "bold topics", before: topics("**Go**, **Rust**"), after: topics("**Go**, **Rust**, Python"), edit: add },
    { name: "an italic topic already there is not added again", before: topics("_Kubernetes, Python_"), after: topics("_Kubernetes, Python_"), edit: add },
    {
      name: "a template note's prompt is replaced when the context names it",
      before: topics("_Topics go here_"),
      after: topics("Python"),
      edit: (t) => mergeTopics(t, ["Python"], { ...CTX, placeholders: ["_Topics go here_"] }),
    },
  ];
  runEditCases(cases);
});

describe("mergeTopics appends only to the topic paragraph", () => {
  const cases: EditCase[] = [
    { name: "a table row", before: topics("| Topic | Year |", "|---|---|", "| Go | 2026 |"), after: topics("| Topic | Year |", "|---|---|", "| Go | 2026 |", "", "Python"), edit: add },
    { name: "a %% comment opener", before: topics("%%", "hidden", "%%"), after: topics("%%", "hidden", "%%", "", "Python"), edit: add },
    { name: "a one-line %% comment", before: topics("%% hidden %%"), after: topics("%% hidden %%", "", "Python"), edit: add },
    { name: "an HTML comment", before: topics("<!-- seeded by import", "Go -->"), after: topics("<!-- seeded by import", "Go -->", "", "Python"), edit: add },
    { name: "an embed", before: topics("![[x.png]]"), after: topics("![[x.png]]", "", "Python"), edit: add },
    { name: "a task", before: topics("- [ ] ask about Go"), after: topics("- [ ] ask about Go", "", "Python"), edit: add },
    { name: "a blockquote", before: topics("> Go, Rust"), after: topics("> Go, Rust", "", "Python"), edit: add },
    { name: "a callout", before: topics("> [!note]", "> Go"), after: topics("> [!note]", "> Go", "", "Python"), edit: add },
    { name: "a list", before: topics("- Go", "- Rust"), after: topics("- Go", "- Rust", "", "Python"), edit: add },
    { name: "a lazy continuation of a list item", before: topics("- Go", "and more"), after: topics("- Go", "and more", "", "Python"), edit: add },
    { name: "HTML", before: topics("<div>", "Go", "</div>"), after: topics("<div>", "Go", "</div>", "", "Python"), edit: add },
    { name: "a table without outer pipes", before: topics("Topic | Year", "--- | ---", "Go | 2026"), after: topics("Topic | Year", "--- | ---", "Go | 2026", "", "Python"), edit: add },
    {
      name: "the paragraph, not the list after it",
      before: topics("Go, Rust", "", "- a note", "| t |", "|---|"),
      after: topics("Go, Rust, Python", "", "- a note", "| t |", "|---|"),
      edit: add,
    },
    {
      name: "the paragraph, not the comment after it",
      before: topics("Go, Rust", "", "%% keep %%"),
      after: topics("Go, Rust, Python", "", "%% keep %%"),
      edit: add,
    },
    {
      name: "a topic only inside the paragraph's comment is added, after the comment",
      before: topics("Go %% Python %%"),
      after: topics("Go %% Python %%, Python"),
      edit: add,
    },
    {
      name: "a paragraph after a comment block",
      before: topics("%%", "old: Go", "%%", "", "Rust"),
      after: topics("%%", "old: Go", "%%", "", "Rust, Python"),
      edit: add,
    },
    {
      name: "CRLF: a new paragraph after a table",
      before: topics("| Go |", "|---|").replace(/\n/g, "\r\n"),
      after: topics("| Go |", "|---|", "", "Python").replace(/\n/g, "\r\n"),
      edit: add,
    },
    {
      name: "no final line break: a new paragraph after the last line",
      before: md("## Topics Discussed", "", "- Go"),
      after: md("## Topics Discussed", "", "- Go", "", "Python"),
      edit: add,
    },
  ];
  runEditCases(cases);
});

describe("readTopics reads only the paragraph", () => {
  it.each([
    [topics("| Go | 2026 |"), []],
    [topics("- Go", "- Rust"), []],
    [topics("%% Go %%", "<!-- Rust -->", "![[x.png]]"), []],
    [topics("%%", "Go", "%%", "", "Rust, Zig"), ["Rust", "Zig"]],
    [topics("Go, *Rust*", "", "> Zig"), ["Go", "Rust"]],
    // A comment inside the paragraph hides its text, as Obsidian does (before: "Go %% internal: pricing %%").
    [topics("Go %% internal: pricing %%, Rust"), ["Go", "Rust"]],
    [topics("Go <!-- Zig, Elm -->, Rust"), ["Go", "Rust"]],
    [topics("Go, Rust %%", "Zig", "%%"), ["Go", "Rust"]],
  ])("%#", (text, expected) => {
    expect(parsePerson(text, "x.md").topics).toEqual(expected);
  });
});

describe("templatePrompts", () => {
  it("reads a template's italic-only lines, not its fields or other text", () => {
    const template = md("# {{name}}", "", "## Relationship", "", "*Who are they to you?*", "", "_{{date}}_", "", "Some _emphasis_ here.", "  _Topics go here_  ");
    expect(templatePrompts(template)).toEqual(["*Who are they to you?*", "_Topics go here_"]);
  });
});

describe("a topic written as Markdown would read a line start is written as its name", () => {
  const with_ = (...names: string[]) => (t: string): string => mergeTopics(t, names, CTX);
  const cases: EditCase[] = [
    { name: "a heading's marker is left out: no second Key Decisions section", before: topics(), after: topics("Key Decisions"), edit: with_("## Key Decisions") },
    { name: "a list or quote marker is left out", before: topics(), after: topics("pilot, budget"), edit: with_("- pilot", "> budget") },
    { name: "a rule or a fence is no topic", before: topics("Go"), after: topics("Go, Rust"), edit: with_("---", "```", "Rust") },
    { name: "a tag stays a tag", before: topics(), after: topics("#pilot"), edit: with_("#pilot") },
  ];
  runEditCases(cases);
});

describe("topics in two paragraphs are two lists", () => {
  it("under sub-headings, no topic runs into the next", () => {
    const note = topics("### Q1", "", "Alpha, Beta", "", "### Q2", "", "Gamma");
    expect(parsePerson(note, "People/A.md").topics).toEqual(["Alpha", "Beta", "Gamma"]);
  });
  it("one paragraph over two lines still runs on", () => {
    expect(parsePerson(topics("Alpha, Beta", "Gamma"), "People/A.md").topics).toEqual(["Alpha", "Beta Gamma"]);
  });
});
