/**
 * completeTask on tasks in blockquotes and callouts (`> - [ ]`, `> > - [/]`, `>- [?]`), in random
 * notes (other quoted and plain lines, tasks of every status, CRLF, a BOM, no final break): only
 * the task's line changes, and on it only the box's character (to `x`) and a ` ✅ date` before
 * any block id; every other byte of the note, the `>` prefix included, stays as it was.
 * KITH_FUZZ_RUNS sets the runs (200 by default; `npm run fuzz` uses 10,000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeTask, parseTaskLine } from "../../../src/core/tasks";

const RUNS = Math.max(1, Number(process.env.KITH_FUZZ_RUNS ?? "") || 200);
const TODAY = "2026-11-25";

const quote = fc.constantFrom("> ", ">", "> > ", ">> ", " > ", ">\t", "> >  ", ">>> ");
const indent = fc.constantFrom("", "  ", "\t", "    ");
const marker = fc.constantFrom("-", "*", "+", "1.", "2)");
const openBox = fc.constantFrom("[ ]", "[/]", "[>]", "[!]", "[?]", "[h]");
const words = fc.array(fc.constantFrom("Call", "Dana Okafor", "@DanaOkafor", "📅 2026-03-05", "📅 2022-02-29", "[due:: 2026-03-12]", "🆔 abc", "⛔ abc", "#tag", "ünï", "[[Link]]", "x"), {
  minLength: 1,
  maxLength: 5,
});
const blockId = fc.constantFrom("", "", " ^abc-1", " ^id");
const trailing = fc.constantFrom("", "", " ", "  ");

/** An open, non-recurring task in a blockquote or callout. */
const quotedTask = fc
  .tuple(quote, indent, marker, fc.constantFrom(" ", "  "), openBox, fc.constantFrom(" ", "\t"), words, blockId, trailing)
  .map(([q, i, m, sp, box, after, w, id, tail]) => `${q}${i}${m}${sp}${box}${after}${w.join(" ")}${id}${tail}`);

const otherLine = fc.constantFrom("", "> [!note] A callout", ">", "> text", "> - [x] done ✅ 2026-01-01", "> - [-] dropped", "- [ ] plain task", "# Heading", "> > nested quote", "- item");

const note = fc.tuple(
  fc.array(otherLine, { maxLength: 6 }),
  quotedTask,
  fc.array(otherLine, { maxLength: 6 }),
  fc.constantFrom("\n", "\r\n"),
  fc.constantFrom("", "\uFEFF", "---\ntype: meeting\n---\n"),
  fc.boolean(),
);

describe("completeTask on blockquote and callout tasks", () => {
  it("changes only the task's line: its box to x and a done date; the > prefix and every other byte stay", () => {
    fc.assert(
      fc.property(note, ([before, task, after, eol, head, final]) => {
        const prefix = head + before.map((l) => l + eol).join("");
        const suffix = after.length > 0 || final ? eol + after.join(eol) + (final && after.length > 0 ? eol : "") : "";
        const text = prefix + task + suffix;
        const line = prefix.split("\n").length - 1;
        const parsed = parseTaskLine(task);
        expect(parsed?.open).toBe(true);
        const result = completeTask(text, line, task, TODAY);
        // Every byte before and after the line is the same.
        expect(result.startsWith(prefix)).toBe(true);
        expect(result.endsWith(suffix)).toBe(true);
        const done = result.slice(prefix.length, result.length - suffix.length);
        const statusStart = parsed?.statusStart ?? -1;
        // The `>` prefix, marker and box stay as written, but for the box's character.
        expect(done.slice(0, statusStart)).toBe(task.slice(0, statusStart));
        expect(done.charAt(statusStart)).toBe("x");
        // Less the done date, the line is the task with an x in its box (and no trailing spaces).
        const expected = `${task.slice(0, statusStart)}x${task.slice(statusStart + 1)}`.trimEnd();
        expect(done.replace(` ✅ ${TODAY}`, "")).toBe(expected);
        expect(done.split(`✅ ${TODAY}`).length).toBe(2);
        expect(parseTaskLine(done)?.statusType).toBe("done");
      }),
      { numRuns: RUNS },
    );
  });
});
