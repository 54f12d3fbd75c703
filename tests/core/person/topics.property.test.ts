import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeTopics, parsePerson } from "../../../src/core";
import { LAYOUT_PROMPTS } from "../../../src/core/person/placeholder";
import { fuzzRuns } from "../../support/fuzz-runs";

const TODAY = "2026-11-25";
const NEW = "Zeta topic";

/** Lines a topic may be appended to: plain paragraph text, italic or not. */
const PROSE = ["Go, Rust", "_Kubernetes, Go_", "*A whole sentence.*", "Alpha,", "**Bold**, plain"];
/** Blocks that are never the topic paragraph (several lines each where the construct needs them). */
const OTHER = [
  "| Go | 2026 |\n|---|---|\n| Rust | 2025 |",
  "| a |",
  "- Go",
  "- [ ] ask about Go",
  "1. first",
  "> Go, Rust",
  "> [!note]\n> Go",
  "%% hidden %%",
  "%%\nGo, hidden\n%%",
  "<!-- Go -->",
  "<!--\nGo\n-->",
  "![[x.png]]",
  "<div>Go</div>",
  "```\nGo, Rust\n```",
  "```dataview\nLIST\n```",
  // Indented code needs a blank line above it: after a paragraph line it continues the paragraph.
  "\n    indented code",
];
const line = fc.oneof(fc.constantFrom(...PROSE), fc.constantFrom(...OTHER), fc.constant(""), fc.constant(LAYOUT_PROMPTS.projects));
const section = fc.array(line, { maxLength: 8 }).map((lines) => lines.join("\n"));
const note = fc
  .tuple(section, fc.constantFrom("\n\n## Recent Context\n", "\n", ""))
  .map(([body, after]) => `## Key Facts\n\n- x\n\n## Topics Discussed\n\n${body}${after}`);

describe("mergeTopics on random Topics sections", () => {
  it("only extends a paragraph line, replaces a lone prompt, or inserts a new paragraph; the topic reads back", () => {
    fc.assert(
      fc.property(note, (text) => {
        const result = mergeTopics(text, [NEW], { today: TODAY });
        const before = text.split("\n");
        const after = result.split("\n");
        const changed = after.length === before.length ? before.flatMap((l, i) => (l === after[i] ? [] : [i])) : [];
        const i = changed[0];
        if (changed.length === 1 && i !== undefined) {
          const old = before[i] ?? "";
          const extended = PROSE.includes(old) && (after[i] === `${old}, ${NEW}` || (old.endsWith(",") && after[i] === `${old} ${NEW}`));
          const replacedPrompt = old === LAYOUT_PROMPTS.projects && after[i] === NEW;
          expect(extended || replacedPrompt, JSON.stringify({ text, result })).toBe(true);
        } else {
          // A new paragraph: the lines before and after it are the old ones, byte for byte.
          const at = after.indexOf(NEW);
          expect(at, JSON.stringify({ text, result })).toBeGreaterThan(0);
          const without = (n: number): string[] => [...after.slice(0, at + 1 - n), ...after.slice(at + 1)];
          const one = JSON.stringify(without(1)) === JSON.stringify(before);
          const withBlank = after[at - 1] === "" && JSON.stringify(without(2)) === JSON.stringify(before);
          expect(one || withBlank, JSON.stringify({ text, result })).toBe(true);
        }
        const topicsBefore = parsePerson(text, "x.md").topics;
        expect(parsePerson(result, "x.md").topics, JSON.stringify({ text, result })).toEqual([...topicsBefore, NEW]);
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});
