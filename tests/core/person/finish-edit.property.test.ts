import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeBetween, finishEdit } from "../../../src/core/person/finish-edit";
import { applyTextEdits, type TextEdit } from "../../../src/core/text/text-edit";
import { fuzzRuns } from "../../support/fuzz-runs";

/**
 * finishEdit applies an edit's TextEdits at once: two edits give exactly what the one change
 * between the note and the note with both gives, or the same refusal.
 */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

const TODAY = "2026-11-25";
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
        expect(both, JSON.stringify({ text, edits })).toBe(one);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it.each([
    ["a line appended above the footer", "# A\n\n## Key Facts\n\n- One.\n\n---\n*Last updated: 2026-01-01*\n", { from: 26, to: 26, insert: "- Two.\n" }, "# A\n\n## Key Facts\n\n- One.\n- Two.\n\n---\n*Last updated: 2026-11-25*\n"],
    ["a cell changed", "| **Role** | Lead |\n*Last updated: x*", { from: 13, to: 17, insert: "CTO" }, "| **Role** | CTO |\n*Last updated: 2026-11-25*"],
    ["nothing changed", "- a\n*Last updated: x*\n", { from: 2, to: 3, insert: "a" }, "- a\n*Last updated: x*\n"],
    ["a backtick after a BOM opens a fence: not stamped", "\uFEFF``\n\n*Last updated: *\n", { from: 3, to: 3, insert: "`" }, "\uFEFF```\n\n*Last updated: *\n"],
  ])("%s", (_name, text, edit, expected) => {
    expect(finishEdit(text, [edit], TODAY)).toBe(expected);
  });
});
