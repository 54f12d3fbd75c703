import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRecentContext } from "../../../src/core";
import { fuzzRuns } from "../../support/fuzz-runs";

const TODAY = "2026-11-25";
const NEW = "- 2026-12-31: [[New]] - newest";

/** One meeting line `- DATE: [[M<id>]]` and its sub-lines, each naming its meeting (`c<id>`). */
const block = (id: number, children: readonly string[]): string[] => [
  `- 2026-${String((id % 12) + 1).padStart(2, "0")}-01: [[M${id}]] - meeting ${id}`,
  ...children.map((kind, k) => (kind === "loose" ? `\n  paragraph c${id}.${k}` : kind === "lazy" && k === 0 ? `lazy c${id}.${k}` : `  - sub c${id}.${k}`)),
];
const children = fc.array(fc.constantFrom("sub", "loose", "lazy"), { maxLength: 3 });
const section = fc.array(children, { maxLength: 6 }).map((all) => all.flatMap((c, id) => block(id, c)).join("\n"));
const note = fc
  .tuple(section, fc.boolean(), fc.constantFrom("\n\n## Profile\n", "\n", ""))
  .map(([lines, older, end]) => `## Recent Context\n\n${lines}${older ? "\n\n## Older Context\n\n- 2000-01-01: [[Old]] - old" : ""}${end}`);

const meetingOf = (line: string): string | null => /\[\[(M\d+)\]\]/.exec(line)?.[1] ?? /\bc(\d+)\./.exec(line)?.[1]?.replace(/^/, "M") ?? null;

describe("the Recent Context cap", () => {
  it("keeps every line, and each sub-line right under its own meeting's line", () => {
    fc.assert(
      fc.property(note, fc.integer({ min: 1, max: 4 }), (text, cap) => {
        const result = addRecentContext(text, { date: "2026-12-31", link: "New", summary: "newest", via: null }, { today: TODAY, cap });
        const content = (t: string): string[] => t.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#") && !l.startsWith("*Last"));
        expect(content(result).sort(), JSON.stringify({ text, result })).toEqual([...content(text), NEW].sort());
        // Each sub-line follows its meeting's line or a sub-line of the same meeting.
        const lines = content(result);
        lines.forEach((line, i) => {
          if (line.startsWith("- ")) return;
          expect(meetingOf(lines[i - 1] ?? ""), JSON.stringify({ text, result, line })).toBe(meetingOf(line));
        });
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
