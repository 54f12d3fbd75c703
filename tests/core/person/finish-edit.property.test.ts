import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeBetween, finishEdit } from "../../../src/core/person/finish-edit";
import { applyTextEdits, type TextEdit } from "../../../src/core/text/text-edit";
import { fuzzRuns } from "../../support/fuzz-runs";

/**
 * finishEdit applies an edit's TextEdits at once: two edits give exactly what the one change
 * between the note and the note with both gives, or the same refusal; but for the refusal of a
 * text that would hide lines no edit replaced, which knows more of those lines from two edits
 * (the text between them) than from the one change that spans them.
 */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

const TODAY = "2026-11-25";
const HIDES = "refused: The text to write holds %%, <!-- or a code fence (```) that would hide other lines of the note in Obsidian (or show hidden ones); write it another way. Nothing was written.";
const line = fc.constantFrom(
  "## Key Facts",
  "- Prefers email.",
  "| **Role** | Lead |",
  "```",
  "```dataview",
  "~~~",
  "*Last updated: 2026-01-03*",
  "*Last updated: *",
  "---",
  "",
  "text",
  "    # indented",
  "# Dana",
);
const body = fc.array(line, { maxLength: 14 }).map((lines) => lines.join("\n"));
// With a BOM, a frontmatter block (good or bad), or a first line a splice could turn into one.
const note = fc
  .tuple(fc.constantFrom("", "\uFEFF", "---\ntype: people\n---\n", "---\nbad: [\n---\n", "\n---\n", "\uFEFF---\n"), body, fc.constantFrom("", "\n"))
  .map(([fm, b, end]) => fm + b + end);
const insert = fc.constantFrom("", "x", "- New fact.\n", "Lead", "#", "`", "```\n", "*Last updated: 1*\n", "a\nb", "\n", "## New\n", " ", "- a\n- b\n", "*", "---\n");

describe("finishEdit", () => {
  it("two edits give what their one change gives", () => {
    fc.assert(
      fc.property(note, fc.nat(), fc.nat(), fc.nat(8), insert, insert, (text, at1, at2, length, ins1, ins2) => {
        const a = text.length === 0 ? 0 : at1 % (text.length + 1);
        const b = text.length === 0 ? 0 : at2 % (text.length + 1);
        const first: TextEdit = { from: Math.min(a, b), to: Math.min(a, b), insert: ins1 };
        const second: TextEdit = { from: Math.max(a, b), to: Math.min(text.length, Math.max(a, b) + length), insert: ins2 };
        const edits = [first, second];
        const both = outcome(() => finishEdit(text, edits, TODAY));
        const one = outcome(() => finishEdit(text, changeBetween(text, applyTextEdits(text, edits)), TODAY));
        if (both === HIDES || one === HIDES) return;
        expect(both, JSON.stringify({ text, edits })).toBe(one);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it.each([
    ["a line appended above the footer", "# A\n\n## Key Facts\n\n- One.\n\n---\n*Last updated: 2026-01-01*\n", { from: 26, to: 26, insert: "- Two.\n" }, "# A\n\n## Key Facts\n\n- One.\n- Two.\n\n---\n*Last updated: 2026-11-25*\n"],
    ["a cell changed", "| **Role** | Lead |\n*Last updated: 2026-01-01*", { from: 13, to: 17, insert: "CTO" }, "| **Role** | CTO |\n*Last updated: 2026-11-25*"],
    ["nothing changed", "- a\n*Last updated: x*\n", { from: 2, to: 3, insert: "a" }, "- a\n*Last updated: x*\n"],
  ])("%s", (_name, text, edit, expected) => {
    expect(finishEdit(text, [edit], TODAY)).toBe(expected);
  });

  it.each([
    ["a change at the very start", "\n", "- a\n- b\n\n", [{ from: 0, to: 0, insert: "- a\n- b\n" }]],
    ["a word in a line: the whole line", "- a\n- bc\n- d\n", "- a\n- bx\n- d\n", [{ from: 4, to: 9, insert: "- bx\n" }]],
    ["a line moved below a fence line ending in the same backtick", "- `c`\n```\n```\n", "```\n```\n- `c`\n", [{ from: 0, to: 14, insert: "```\n```\n- `c`\n" }]],
    ["no final line break", "- a\n- b", "- a\n- c", [{ from: 4, to: 7, insert: "- c" }]],
    ["a line moved below two that end in its own text", "b ```\n```\n```\n", "```\n```\nb ```\n", [{ from: 0, to: 14, insert: "```\n```\nb ```\n" }]],
    ["nothing changed", "- a\n", "- a\n", []],
  ])("changeBetween replaces whole lines: %s", (_name, before, after, edits) => {
    expect(changeBetween(before, after)).toEqual(edits);
    expect(applyTextEdits(before, edits)).toBe(after);
  });

  const NOTE = "## Key Facts\n\n- One.\n\n## Recent Context\n\n- 2026-01-02: Call\n\n---\n*Last updated: 2026-01-01*\n";
  const FACT_AT = NOTE.indexOf("\n\n## Recent") + 1;
  it.each([
    ["%% opens a comment that hides the lines below", "- 5%% done.\n"],
    ["<!-- opens a comment that hides the lines below", "- see <!-- draft\n"],
    ["a fence line opens code that hides the lines below", "```\n"],
    ["a ~~~ fence line", "~~~python\n"],
  ])("refused, nothing written: %s", (_name, insert) => {
    expect(outcome(() => finishEdit(NOTE, [{ from: FACT_AT, to: FACT_AT, insert }], TODAY))).toBe(HIDES);
  });

  it("property: the whole-line change of a note and the same note with lines moved is whole lines in both", () => {
    const lines = fc.array(fc.constantFrom("```", "b ```", "- `c`", "text", "", "%%", "a %%"), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), (ls, i, j) => {
        const before = ls.map((l) => `${l}\n`).join("");
        const moved: string[] = [...ls];
        const [line] = moved.splice(i % ls.length, 1);
        moved.splice(j % (moved.length + 1), 0, line as string);
        const after = moved.map((l) => `${l}\n`).join("");
        for (const { from, to, insert } of changeBetween(before, after)) {
          const afterEnd = from + insert.length;
          for (const [text, at] of [[before, from], [before, to], [after, from], [after, afterEnd]] as const) expect(at === 0 || at === text.length || text[at - 1] === "\n").toBe(true);
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it.each([
    ["a terminal's colour code", "- \u001b[31mred\u001b[0m\n"],
    ["a NUL", "- a\u0000b\n"],
    ["a C1 control", "- a\u0085b\n"],
  ])("refused, nothing written: %s", (_name, insert) => {
    expect(outcome(() => finishEdit(NOTE, [{ from: FACT_AT, to: FACT_AT, insert }], TODAY))).toBe(
      "refused: The text to write holds control characters (such as a terminal's colour codes), which are no text; write it without them. Nothing was written.",
    );
  });

  it("a control character the note holds already may move with its line", () => {
    const text = NOTE.replace("- One.\n", "- On\u0007e.\n");
    const from = text.indexOf("- On");
    const line = "- On\u0007e.\n";
    const to = text.indexOf("- 2026");
    const moved = finishEdit(text, [{ from, to: from + line.length, insert: "" }, { from: to, to, insert: line }], TODAY);
    expect(moved).toContain(`## Recent Context\n\n${line}- 2026-01-02: Call`);
  });

  it("refused: a %% that closes the user's comment below, showing what it hid", () => {
    const text = NOTE.replace("- 2026-01-02: Call\n", "- 2026-01-02: Call %% private\nnote %%\n");
    expect(outcome(() => finishEdit(text, [{ from: FACT_AT, to: FACT_AT, insert: "- 5%%\n" }], TODAY))).toBe(HIDES);
  });

  it.each([
    ["a comment opened and closed in the line", "- a %%b%% c\n"],
    ["an HTML comment opened and closed", "- a <!-- b --> c\n"],
    ["%% in a code span is text", "- `%%` is a comment marker\n"],
    ["a whole fenced block", "```\nx\n```\n"],
    ["two fence lines apart in one edit", "```\n\n```\n"],
  ])("written: %s", (_name, insert) => {
    expect(finishEdit(NOTE, [{ from: FACT_AT, to: FACT_AT, insert }], TODAY)).toBe(
      `${NOTE.slice(0, FACT_AT)}${insert}${NOTE.slice(FACT_AT)}`.replace("2026-01-01", TODAY),
    );
  });

  it("refused: a backtick that makes a fence of the first line, after a BOM, hiding the footer", () => {
    expect(outcome(() => finishEdit("\uFEFF``\n\n*Last updated: *\n", [{ from: 3, to: 3, insert: "`" }], TODAY))).toBe(HIDES);
  });
});
