/**
 * addRecentContext on notes that already hold lines for the meeting, and on notes without a final
 * line break: a meeting the note holds a line for changes nothing (the very line Kith writes, or
 * a line the user wrote or edited, which is theirs and never replaced: keptContextLine names it);
 * the same entry applied twice gives exactly the text of applying it once; a note without a final
 * line break still has none.
 */
import { describe, expect, it } from "vitest";
import { addRecentContext, keptContextLine, type RecentContextEntry, type RecentContextOptions } from "../../../src/core";
import { CTX, crlf, md } from "../helpers";

const SYNC = "2026-11-20 - Sync";
const ENTRY: RecentContextEntry = { date: "2026-11-20", link: SYNC, summary: "Agreed the plan.", via: "Acme" };
const NEW = `- 2026-11-20: [[${SYNC}]] - Agreed the plan. (via Acme)`;
const sync = (date: string, summary = "Agreed the plan. (via Acme)"): string => `- ${date}: [[${SYNC}]] - ${summary}`;

const add = (text: string, options: Partial<RecentContextOptions> = {}): string => addRecentContext(text, ENTRY, { ...CTX, ...options });

/** A note whose lines for the meeting are all kept: nothing changes, and the first is named. */
function kept(cases: Array<{ name: string; before: string; options?: Partial<RecentContextOptions>; line: string | null }>): void {
  it.each(cases)("$name: nothing changes", ({ before, options }) => {
    expect(add(before, options)).toBe(before);
  });
  it.each(cases)("$name: the kept line", ({ before, line }) => {
    expect(keptContextLine(before, ENTRY, CTX)).toBe(line);
  });
}

describe("a note with lines for the meeting keeps them as they are", () => {
  kept([
    { name: "dated either side of the entry, no final line break", before: md("## Recent Context", sync("2026-11-19"), sync("2026-11-21")), line: sync("2026-11-19") },
    {
      name: "one of the entry's date, edited by hand",
      before: md("## Recent Context", "", sync("2026-11-21", "Old."), sync("2026-11-20", "Agreed the plan, and a pilot. (via Acme)"), "- 2026-01-01: [[M1]] - One.", ""),
      line: sync("2026-11-21", "Old."),
    },
    { name: "the meeting's line in Older Context", before: md("## Recent Context", "", "- 2026-11-22: [[M3]] - Three.", "", "## Older Context", "", sync("2026-11-20", "Mine."), ""), line: sync("2026-11-20", "Mine.") },
    { name: "the very line in Older Context, another in Recent Context", before: md("## Recent Context", "", sync("2026-11-21", "Old."), "", "## Older Context", "", NEW, ""), line: null },
    { name: "the very line in Recent Context, below another of the meeting", before: md("## Recent Context", "", sync("2026-11-21", "Old."), NEW, ""), line: null },
    {
      name: "with a cap: nothing moves",
      before: md("## Recent Context", "", "- 2026-11-22: [[M3]] - Three.", sync("2026-11-19"), "- 2026-11-10: [[M1]] - One.", sync("2026-11-05"), "", "## Profile", ""),
      options: { cap: 2 },
      line: sync("2026-11-19"),
    },
    { name: "the meeting's only line, last in Older Context, no final line break", before: md("## Older Context", "", sync("2025-12-31")), line: sync("2025-12-31") },
    { name: "the same with CRLF line endings", before: crlf(md("## Older Context", "", sync("2025-12-31"))), line: sync("2025-12-31") },
    { name: "the link in another case, with .md and an alias", before: md("## Recent Context", "- 2026-11-20: [[2026-11-20 - SYNC.md|the sync]] - Old words."), line: "- 2026-11-20: [[2026-11-20 - SYNC.md|the sync]] - Old words." },
    { name: "the link under a heading of the note", before: md("## Recent Context", "- 2026-11-21: Other.", "- 2026-11-18: [[2026-11-20 - Sync#Notes]] - Old words."), line: "- 2026-11-18: [[2026-11-20 - Sync#Notes]] - Old words." },
    { name: "the very line with trailing spaces", before: md("## Recent Context", `${NEW}  `, ""), line: null },
  ]);
});

describe("a new line", () => {
  const cases: Array<{ name: string; before: string; after: string }> = [
    { name: "last in the note", before: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One."), after: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.", NEW) },
    {
      name: "after a last line that ends in a lone CR: the CR stays a lone CR",
      before: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.\r"),
      after: `${md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.\r")}\r\n${NEW}`,
    },
    { name: "a non-ASCII line is parsed in full: a different meeting stays", before: md("## Recent Context", "- 2026-11-19: [[Café sync]] - Crème."), after: md("## Recent Context", NEW, "- 2026-11-19: [[Café sync]] - Crème.") },
  ];
  it.each(cases)("$name", ({ before, after }) => {
    expect(keptContextLine(before, ENTRY, CTX)).toBeNull();
    expect(add(before)).toBe(after);
    expect(add(after)).toBe(after);
  });
});

describe("a link written with a character that becomes ASCII", () => {
  const cases: Array<[string, string, string]> = [
    ["KELVIN SIGN reads as k", "Sync k", "Sync \u212A"],
    ["GREEK QUESTION MARK reads as ;", "Sync; notes", "Sync\u037e notes"],
    ["GREEK VARIA reads as a backtick", "Sync `x`", "Sync \u1fefx\u1fef"],
  ];
  it.each(cases)("%s: the same meeting, its line kept, not doubled", (_name, link, written) => {
    const entry: RecentContextEntry = { date: "2026-11-20", link, summary: "New words.", via: null };
    const before = md("## Recent Context", `- 2026-11-20: [[${written}]] - Old words.`);
    expect(addRecentContext(before, entry, CTX)).toBe(before);
  });
});

describe("a Greek link ending in sigma (Σ lowercases to ς at a word's end, σ inside one)", () => {
  const note = md("# X", "", "## Recent Context", "", "- 2026-01-01: [[ΟΔΟΣ.md]] - first", "", "---", "*Last updated: *", "");
  it("the line written with .md is the same meeting: kept, not doubled", () => {
    expect(addRecentContext(note, { date: "2026-01-05", link: "ΟΔΟΣ", summary: "again", via: null }, CTX)).toBe(note);
  });
});

describe("the cap moves each line with its sub-lines", () => {
  const M3 = "- 2026-04-01: [[M3]] - Three.";
  const capped = (text: string, cap: number): string => addRecentContext(text, { date: "2026-04-01", link: "M3", summary: "Three.", via: null }, { ...CTX, cap });
  const TWO = ["- 2026-03-02: [[M2]] - Two.", "  - child of two"];
  const ONE = ["- 2026-02-11: [[M1]] - One.", "  - child of one", "    more of it", "", "  a paragraph of one", "  - another child of one"];
  const ZERO = ["- 2026-01-05: [[M0]] - Zero.", "lazy continuation of zero"];
  it.each([
    {
      name: "children, a loose child paragraph and a lazy continuation move with their line, to a new Older Context",
      before: md("## Recent Context", "", ...TWO, ...ONE, ...ZERO, "", "## Profile", ""),
      after: md("## Recent Context", "", M3, ...TWO, "", "## Older Context", "", ...ONE, ...ZERO, "", "## Profile", ""),
      cap: 2,
    },
    {
      name: "to the top of an Older Context that has lines",
      before: md("## Recent Context", "", ...TWO, ...ONE, "", "## Older Context", "", ...ZERO, ""),
      after: md("## Recent Context", "", M3, ...TWO, "", "## Older Context", "", ...ONE, ...ZERO, ""),
      cap: 2,
    },
    {
      name: "into an empty Older Context, the last line of a note without a final line break",
      before: md("## Recent Context", "", ...TWO, "", "## Older Context", ""),
      after: md("## Recent Context", "", M3, "", "## Older Context", "", ...TWO, ""),
      cap: 1,
    },
    {
      name: "a blank line and a paragraph after the last line stay in Recent Context",
      before: md("## Recent Context", "", ...TWO, "", "Not a child.", "", "## Profile", ""),
      after: md("## Recent Context", "", M3, "", "Not a child.", "", "## Older Context", "", ...TWO, "", "## Profile", ""),
      cap: 1,
    },
    {
      // Found by the property tests: a line ending in a backtick moved below a fence line that
      // stays, which read as half a fence line kept and made the edit refused.
      name: "a line with a code span moves past a code block that stays",
      before: md("## Recent Context", "", ...TWO, "- `code`", "```", "```", "", "## Profile", ""),
      after: md("## Recent Context", "", M3, "```", "```", "", "## Older Context", "", ...TWO, "- `code`", "", "## Profile", ""),
      cap: 1,
    },
    {
      name: "the lines under the user's own sub-heading stay under it",
      before: md("## Recent Context", "", ...TWO, "", "### Notes", "", "- My own note.", "", "## Profile", ""),
      after: md("## Recent Context", "", M3, "", "### Notes", "", "- My own note.", "", "## Older Context", "", ...TWO, "", "## Profile", ""),
      cap: 1,
    },
    {
      name: "lines grouped by year under sub-headings: none moves",
      before: md("## Recent Context", "", "### 2026", "", ...TWO, "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      after: md("## Recent Context", "", "### 2026", "", M3, ...TWO, "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      cap: 1,
    },
    {
      name: "to the top of Older Context, above the user's own sub-heading there (its lines stay under it)",
      before: md("## Recent Context", "", ...TWO, "", "## Older Context", "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      after: md("## Recent Context", "", M3, "", "## Older Context", "", ...TWO, "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      cap: 1,
    },
    {
      name: "above the user's sub-heading when Older Context holds only prose under it",
      before: md("## Recent Context", "", ...TWO, "", "## Older Context", "", "### 2025", "", "Notes from 2025.", ""),
      after: md("## Recent Context", "", M3, "", "## Older Context", "", ...TWO, "", "### 2025", "", "Notes from 2025.", ""),
      cap: 1,
    },
    {
      name: "above the first line of Older Context's own part, not the first under a sub-heading",
      before: md("## Recent Context", "", ...TWO, "", "## Older Context", "", ...ZERO, "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      after: md("## Recent Context", "", M3, "", "## Older Context", "", ...TWO, ...ZERO, "", "### 2025", "", "- 2025-12-01: [[M1]] - One.", ""),
      cap: 1,
    },
  ])("$name", ({ before, after, cap }) => {
    expect(capped(before, cap)).toBe(after);
  });
});
