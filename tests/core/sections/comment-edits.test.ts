import { describe, it, expect } from "vitest";
import { addKeyDecision, addKeyFact, addRecentContext, mergeTopics, normalizePersonNote } from "../../../src/core";
import { CTX, md, runEditCases, runRefusalCases, TODAY, type EditCase } from "../helpers";

const PERSON = ["---", "type: people", "---", "", "# Ada Byrne", ""];
const FOOTER = ["", "---", "*Last updated: *", ""];
const STAMPED = ["", "---", `*Last updated: ${TODAY}*`, ""];

describe("person edits never write inside a comment", () => {
  const cases: EditCase[] = [
    {
      name: "Key Facts only inside a %% comment: the real section is created, the comment stays",
      before: md(...PERSON, "%%", "## Key Facts", "", "- Commented out.", "%%", ...FOOTER),
      after: md(...PERSON, "%%", "## Key Facts", "", "- Commented out.", "%%", "", "## Key Facts", "", "- Knows Rust.", ...STAMPED),
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
    {
      name: "Key Facts only inside an HTML comment: the same",
      before: md(...PERSON, "<!--", "## Key Facts", "-->", ...FOOTER),
      after: md(...PERSON, "<!--", "## Key Facts", "-->", "", "## Key Facts", "", "- Knows Rust.", ...STAMPED),
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
    {
      name: "a fact inside a comment is not a fact: the same fact is added outside it",
      before: md(...PERSON, "## Key Facts", "", "- One.", "%% - Knows Rust. %%", ...FOOTER),
      after: md(...PERSON, "## Key Facts", "", "- One.", "- Knows Rust.", "%% - Knows Rust. %%", ...STAMPED),
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
    {
      name: "a comment opened on the last fact's line: the new fact goes after the comment",
      before: md(...PERSON, "## Key Facts", "", "- One. %% why:", "- two hidden", "%%", "", "## Key Decisions", ...FOOTER),
      after: md(...PERSON, "## Key Facts", "", "- One. %% why:", "- two hidden", "%%", "- Knows Rust.", "", "## Key Decisions", ...STAMPED),
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
    {
      name: "a comment block after the last decision stays below the new one",
      before: md(...PERSON, "## Key Decisions", "", "- ✅ Ship.", "<!--", "- ✅ Old.", "-->", ...FOOTER),
      after: md(...PERSON, "## Key Decisions", "", "- ✅ Ship.", "- ✅ Test.", "<!--", "- ✅ Old.", "-->", ...STAMPED),
      edit: (t) => addKeyDecision(t, "Test.", CTX),
    },
    {
      name: "topics in a comment are not the paragraph: the new one goes after the comment",
      before: md(...PERSON, "## Topics Discussed", "", "%%", "Go, Rust", "%%", ...FOOTER),
      after: md(...PERSON, "## Topics Discussed", "", "%%", "Go, Rust", "%%", "", "Zig", ...STAMPED),
      edit: (t) => mergeTopics(t, ["Zig"], CTX),
    },
    {
      name: "a comment opened at the end of the topics line: the new topic goes before it",
      before: md(...PERSON, "## Topics Discussed", "", "Go, Rust %% why:", "both at work %%", ...FOOTER),
      after: md(...PERSON, "## Topics Discussed", "", "Go, Rust, Zig %% why:", "both at work %%", ...STAMPED),
      edit: (t) => mergeTopics(t, ["Zig"], CTX),
    },
    {
      name: "a comment never closed below the last fact: the new fact goes above it",
      before: md(...PERSON, "## Key Facts", "", "- One.", "%% unfinished", "- hidden", ""),
      after: md(...PERSON, "## Key Facts", "", "- One.", "- Knows Rust.", "%% unfinished", "- hidden", ""),
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
  ];
  runEditCases(cases);

  it("normalize: a footer inside a comment is not the footer; the real one goes below the comment with a blank line above its rule", () => {
    const before = md(...PERSON, "## Related", "", "%%", "---", "*Last updated: *", "%%", "");
    const after = normalizePersonNote(before, "People/Ada Byrne.md", CTX);
    expect(after).toContain(md("%%", "---", "*Last updated: *", "%%", ""));
    expect(after.endsWith(md("%%", "", "---", `*Last updated: ${TODAY}*`, ""))).toBe(true);
  });

  runRefusalCases([
    {
      name: "an edit below a comment that is never closed",
      before: md(...PERSON, "## Key Facts", "", "Text %% unfinished", "- hidden", ""),
      error: /Line 9 opens a comment that is never closed/,
      edit: (t) => addKeyFact(t, "Knows Rust.", CTX),
    },
    {
      name: "a recent context line below an unclosed HTML comment",
      before: md(...PERSON, "<!--", "## Recent Context", ""),
      error: /Line 7 opens a comment that is never closed/,
      edit: (t) => addRecentContext(t, { date: "2026-03-02", link: "Call", summary: "Talked.", via: null }, CTX),
    },
  ]);
});
