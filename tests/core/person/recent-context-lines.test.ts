/**
 * addRecentContext on notes that already hold lines for the meeting, and on notes without a final
 * line break: the same entry applied twice gives exactly the text of applying it once; one line of
 * the meeting is updated and every other line stays byte for byte (a second line of the meeting
 * too: never deleted); a note without a final line break still has none.
 */
import { describe, expect, it } from "vitest";
import { addRecentContext, parsePerson, type RecentContextEntry, type RecentContextOptions } from "../../../src/core";
import { CTX, crlf, md, TODAY } from "../helpers";

const SYNC = "2026-11-20 - Sync";
const ENTRY: RecentContextEntry = { date: "2026-11-20", link: SYNC, summary: "Agreed the plan.", via: "Acme" };
const NEW = `- 2026-11-20: [[${SYNC}]] - Agreed the plan. (via Acme)`;
const sync = (date: string, summary = "Agreed the plan. (via Acme)"): string => `- ${date}: [[${SYNC}]] - ${summary}`;

interface Case {
  name: string;
  before: string;
  after: string;
  options?: Partial<RecentContextOptions>;
}

const add = (text: string, options: Partial<RecentContextOptions> = {}): string => addRecentContext(text, ENTRY, { ...CTX, ...options });

function run(cases: Case[]): void {
  it.each(cases)("$name", ({ before, after, options }) => {
    expect(add(before, options)).toBe(after);
  });
  it.each(cases)("$name: applied again, nothing changes", ({ after, options }) => {
    expect(add(after, options)).toBe(after);
  });
}

describe("a note with two lines for the meeting", () => {
  run([
    {
      name: "dated either side of the entry, no final line break: the first moves to its date's place, the other stays",
      before: md("## Recent Context", sync("2026-11-19"), sync("2026-11-21")),
      after: md("## Recent Context", sync("2026-11-21"), NEW),
    },
    {
      name: "dated either side of the entry, a final line break",
      before: md("## Recent Context", "", sync("2026-11-19"), sync("2026-11-21"), ""),
      after: md("## Recent Context", "", sync("2026-11-21"), NEW, ""),
    },
    {
      name: "one of the entry's date: that one is updated in place, the other stays",
      before: md("## Recent Context", "", sync("2026-11-21", "Old."), sync("2026-11-20", "Old."), "- 2026-01-01: [[M1]] - One.", ""),
      after: md("## Recent Context", "", sync("2026-11-21", "Old."), NEW, "- 2026-01-01: [[M1]] - One.", ""),
    },
    {
      name: "one of the entry's date in Older Context: updated there, the Recent Context line stays",
      before: md("## Recent Context", "", sync("2026-11-21", "Old."), "", "## Older Context", "", sync("2026-11-20", "Old."), ""),
      after: md("## Recent Context", "", sync("2026-11-21", "Old."), "", "## Older Context", "", NEW, ""),
    },
    {
      name: "the very line already in Older Context, another in Recent Context: nothing changes",
      before: md("## Recent Context", "", sync("2026-11-21", "Old."), "", "## Older Context", "", NEW, "", "---", "*Last updated: *", ""),
      after: md("## Recent Context", "", sync("2026-11-21", "Old."), "", "## Older Context", "", NEW, "", "---", "*Last updated: *", ""),
    },
    {
      name: "the very line already in Recent Context, below another of the meeting: nothing changes",
      before: md("## Recent Context", "", sync("2026-11-21", "Old."), NEW, ""),
      after: md("## Recent Context", "", sync("2026-11-21", "Old."), NEW, ""),
    },
    {
      name: "with a cap: the updated line goes to its date's place, the other, past the cap, to Older Context",
      before: md("## Recent Context", "", "- 2026-11-22: [[M3]] - Three.", sync("2026-11-19"), "- 2026-11-10: [[M1]] - One.", sync("2026-11-05"), "", "## Profile", ""),
      after: md(
        "## Recent Context",
        "",
        "- 2026-11-22: [[M3]] - Three.",
        NEW,
        "- 2026-11-10: [[M1]] - One.",
        "",
        "## Older Context",
        "",
        sync("2026-11-05"),
        "",
        "## Profile",
        "",
      ),
      options: { cap: 3 },
    },
  ]);

  it("reading the note back: still two lines for the meeting, one of them the entry", () => {
    const after = add(md("## Recent Context", sync("2026-11-19"), sync("2026-11-21")));
    const lines = parsePerson(after, "People/Dana.md").recentContext;
    expect(lines).toEqual([
      { date: "2026-11-21", link: SYNC, summary: "Agreed the plan.", via: "Acme" },
      { date: "2026-11-20", link: SYNC, summary: "Agreed the plan.", via: "Acme" },
    ]);
  });
});

describe("a note without a final line break", () => {
  run([
    {
      name: "the meeting's only line, last in Older Context: it moves to a new Recent Context above Older Context",
      before: md("## Older Context", "", sync("2025-12-31")),
      after: md("## Recent Context", "", NEW, "", "## Older Context"),
    },
    {
      name: "the same with CRLF line endings",
      before: crlf(md("## Older Context", "", sync("2025-12-31"))),
      after: crlf(md("## Recent Context", "", NEW, "", "## Older Context")),
    },
    {
      name: "the same under frontmatter and a title",
      before: md("---", "type: people", "---", "", "# Dana", "", "## Older Context", "", "", sync("2025-12-31")),
      after: md("---", "type: people", "---", "", "# Dana", "", "## Recent Context", "", NEW, "", "## Older Context"),
    },
    {
      name: "the meeting's line last in Recent Context, empty lines above it: they go with it",
      before: md("## Recent Context", "", "- 2026-01-01: [[M1]] - One.", "", "", sync("2025-12-31")),
      after: md("## Recent Context", "", NEW, "- 2026-01-01: [[M1]] - One."),
    },
    {
      name: "a line of spaces above it stays: the note still ends without a line break",
      before: md("## Recent Context", "", "- 2026-01-01: [[M1]] - One.", "  ", sync("2025-12-31")),
      after: md("## Recent Context", "", NEW, "- 2026-01-01: [[M1]] - One.", "  "),
    },
    {
      name: "a line with a footer below: moved, and the footer gets today",
      before: md("## Recent Context", "", "- 2026-01-01: [[M1]] - One.", sync("2025-12-31"), "", "---", "*Last updated: *"),
      after: md("## Recent Context", "", NEW, "- 2026-01-01: [[M1]] - One.", "", "---", `*Last updated: ${TODAY}*`),
    },
    {
      name: "a new line last in the note",
      before: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One."),
      after: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.", NEW),
    },
    {
      name: "a new line after a last line that ends in a lone CR: the CR stays a lone CR",
      before: md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.\r"),
      after: `${md("## Recent Context", "", "- 2026-12-01: [[M1]] - One.\r")}\r\n${NEW}`,
    },
  ]);
});

describe("the same meeting written another way is found (lines are filtered before they are parsed)", () => {
  run([
    {
      name: "the link in another case, with .md and an alias: the line is updated in place",
      before: md("## Recent Context", "- 2026-11-20: [[2026-11-20 - SYNC.md|the sync]] - Old words."),
      after: md("## Recent Context", NEW),
    },
    {
      name: "the link under a heading of the note, dated before: the line moves to its date's place",
      before: md("## Recent Context", "- 2026-11-21: Other.", "- 2026-11-18: [[2026-11-20 - Sync#Notes]] - Old words."),
      after: md("## Recent Context", "- 2026-11-21: Other.", NEW),
    },
    {
      name: "a non-ASCII line is parsed in full: a different meeting stays",
      before: md("## Recent Context", "- 2026-11-19: [[Café sync]] - Crème."),
      after: md("## Recent Context", NEW, "- 2026-11-19: [[Café sync]] - Crème."),
    },
  ]);
});

describe("a link written with a character that becomes ASCII", () => {
  const cases: Array<[string, string, string]> = [
    ["KELVIN SIGN reads as k", "Sync k", "Sync \u212A"],
    ["GREEK QUESTION MARK reads as ;", "Sync; notes", "Sync\u037e notes"],
    ["GREEK VARIA reads as a backtick", "Sync `x`", "Sync \u1fefx\u1fef"],
  ];
  it.each(cases)("%s: the same meeting, its line updated, not doubled", (_name, link, written) => {
    const entry: RecentContextEntry = { date: "2026-11-20", link, summary: "New words.", via: null };
    const before = md("## Recent Context", `- 2026-11-20: [[${written}]] - Old words.`);
    expect(addRecentContext(before, entry, CTX)).toBe(md("## Recent Context", `- 2026-11-20: [[${link}]] - New words.`));
  });
});

describe("a Greek link ending in sigma (Σ lowercases to ς at a word's end, σ inside one)", () => {
  const note = md("# X", "", "## Recent Context", "", "- 2026-01-01: [[ΟΔΟΣ.md]] - first", "", "---", "*Last updated: *", "");
  it("the line written with .md is the same meeting: updated and moved, not doubled", () => {
    expect(addRecentContext(note, { date: "2026-01-05", link: "ΟΔΟΣ", summary: "again", via: null }, CTX)).toBe(
      md("# X", "", "## Recent Context", "", "- 2026-01-05: [[ΟΔΟΣ]] - again", "", "---", `*Last updated: ${TODAY}*`, ""),
    );
  });

  it("the same entry applied twice gives one line", () => {
    const entry: RecentContextEntry = { date: "2026-01-05", link: "ΟΔΟΣ.md", summary: "s", via: null };
    const once = addRecentContext(note, entry, CTX);
    expect(once).toBe(md("# X", "", "## Recent Context", "", "- 2026-01-05: [[ΟΔΟΣ.md]] - s", "", "---", `*Last updated: ${TODAY}*`, ""));
    expect(addRecentContext(once, entry, CTX)).toBe(once);
  });
});
