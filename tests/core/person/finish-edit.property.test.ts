import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finishEdit, finishTextEdit } from "../../../src/core/person/finish-edit";
import { scanCodeAndFooter } from "../../../src/core/sections/outline";
import { applyTextEdit, type TextEdit } from "../../../src/core/text/text-edit";
import { fuzzRuns } from "../../support/fuzz-runs";

/**
 * finishTextEdit skips reading the edited text when the splice cannot move a heading, fence or
 * footer line; it must give exactly what finishEdit gives on the spliced text, or the same refusal.
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

describe("finishTextEdit", () => {
  it("gives what finishEdit gives on the spliced text", () => {
    fc.assert(
      fc.property(note, fc.nat(), fc.nat(8), insert, (text, at, length, ins) => {
        const from = text.length === 0 ? 0 : at % (text.length + 1);
        const edit: TextEdit = { from, to: Math.min(text.length, from + length), insert: ins };
        // An edit reads the code and footer first: a note that cannot be read is refused before.
        const code = outcome(() => JSON.stringify(scanCodeAndFooter(text)));
        if (code.startsWith("refused")) return;
        const fast = outcome(() => finishTextEdit(text, scanCodeAndFooter(text), edit, TODAY));
        const reference = outcome(() => finishEdit(text, applyTextEdit(text, edit), TODAY));
        expect(fast, JSON.stringify({ text, edit })).toBe(reference);
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
    expect(finishTextEdit(text, scanCodeAndFooter(text), edit, TODAY)).toBe(expected);
  });
});
