import { describe, expect, it } from "vitest";
import {
  addKeyDecision,
  addKeyFact,
  addRecentContext,
  editPersonNote,
  footerDate,
  markReviewed,
  mergeTopics,
  MemoryNoteStore,
  setContactField,
  setLastContact,
  stampFooter,
  type RecentContextEntry,
} from "../../../src/core";
import { BOM, change, CTX, crlf, fixture, md, runEditCases, runRefusalCases, STAMP, TODAY, type EditCase, type RefusalCase } from "../helpers";

/** A compact note in the layout: every section an edit touches, in canonical order. */
const ADA = md(
  "---",
  "type: people",
  "title: Ada Byrne",
  "created: '2026-01-05'",
  "last_contact: '2026-02-01'",
  "auto_created: true",
  "tags:",
  "- type/people",
  "- needs-review",
  "---",
  "",
  "# Ada Byrne",
  "",
  "## Contact Information",
  "",
  "| Field | Value |",
  "|-------|-------|",
  "| **Role** | Compiler engineer |",
  "| **Email** | _Unknown_ |",
  "",
  "## Key Facts",
  "",
  "- Knows Rust.",
  "",
  "## Topics Discussed",
  "",
  "Compilers, Tooling",
  "",
  "## Recent Context",
  "",
  "- 2026-02-01: [[2026-02-01 - Catch-up]] - Talked about compilers. (via Acme)",
  "- 2026-01-05: Met at a conference",
  "",
  "## Profile",
  "",
  "**Role**: Compiler engineer",
  "**Relationship**: Peer",
  "",
  "## Key Decisions",
  "",
  "- ✅ Share the RFC.",
  "",
  "## Related",
  "",
  "",
  "---",
  "*Last updated: *",
  "",
);

/** The same person with only a heading line and the footer. */
const BARE = md("---", "type: people", "title: Ada Byrne", "---", "", "# Ada Byrne", "", "---", "*Last updated: 2026-01-01*", "");
const BARE_STAMP: [string, string] = ["*Last updated: 2026-01-01*", `*Last updated: ${TODAY}*`];

const DANA = fixture("Dana Okafor.md");

const entry = (date: string, link: string | null, summary: string, via: string | null = null): RecentContextEntry => ({
  date,
  link,
  summary,
  via,
});

describe("addKeyFact", () => {
  const cases: EditCase[] = [
    {
      name: "appended after the last fact; the footer gets today",
      before: ADA,
      after: change(ADA, ["- Knows Rust.\n", "- Knows Rust.\n- Runs a meetup.\n"], STAMP),
      edit: (t) => addKeyFact(t, "Runs a meetup.", CTX),
    },
    {
      name: "a fact already there (case, spacing, trailing punctuation ignored) changes nothing, not even the footer",
      before: ADA,
      after: ADA,
      edit: (t) => addKeyFact(t, "  knows   RUST!! ", CTX),
    },
    {
      name: "user text is cleaned: spaces folded, a leading bullet dropped",
      before: ADA,
      after: change(ADA, ["- Knows Rust.\n", "- Knows Rust.\n- Has two cats.\n"], STAMP),
      edit: (t) => addKeyFact(t, "-   Has\n two   cats.", CTX),
    },
    {
      name: "a missing section is inserted at its canonical place",
      before: BARE,
      after: change(BARE, ["# Ada Byrne\n\n", "# Ada Byrne\n\n## Key Facts\n\n- Runs a meetup.\n\n"], BARE_STAMP),
      edit: (t) => addKeyFact(t, "Runs a meetup.", CTX),
    },
    {
      name: "Dana: after the two facts, the Dataview queries untouched",
      before: DANA,
      after: change(DANA, ["GCS API later.\n", "GCS API later.\n- Prefers async updates.\n"], STAMP),
      edit: (t) => addKeyFact(t, "Prefers async updates.", CTX),
    },
    {
      name: "CRLF fixture",
      before: fixture("crlf.md"),
      after: change(fixture("crlf.md"), ["- Prefers calls before 10am.\r\n", "- Prefers calls before 10am.\r\n- Has a dog.\r\n"], STAMP),
      edit: (t) => addKeyFact(t, "Has a dog.", CTX),
    },
    {
      name: "BOM fixture",
      before: fixture("bom.md"),
      after: change(fixture("bom.md"), ["- Speaks at the spring meetup.\n", "- Speaks at the spring meetup.\n- Bakes bread.\n"], STAMP),
      edit: (t) => addKeyFact(t, "Bakes bread.", CTX),
    },
    {
      name: "BOM + CRLF fixture",
      before: fixture("bom-crlf.md"),
      after: change(fixture("bom-crlf.md"), ["- Moved from Malmö to Oslo.\r\n", "- Moved from Malmö to Oslo.\r\n- Plays chess.\r\n"], STAMP),
      edit: (t) => addKeyFact(t, "Plays chess.", CTX),
    },
    {
      name: "headings inside code are skipped",
      before: fixture("fenced-headings.md"),
      after: change(fixture("fenced-headings.md"), ["- Maintains the style guide.\n", "- Maintains the style guide.\n- Reviews every RFC.\n"], STAMP),
      edit: (t) => addKeyFact(t, "Reviews every RFC.", CTX),
    },
    {
      name: "after a fact's continuation line",
      before: fixture("indented-lists.md"),
      after: change(fixture("indented-lists.md"), ["- Likes sailing.\n", "- Likes sailing.\n- Owns a barge.\n"], STAMP),
      edit: (t) => addKeyFact(t, "Owns a barge.", CTX),
    },
    {
      // CommonMark: a paragraph after a blank line, indented to the item's text, is the item's (a loose list).
      name: "after a loose item's later paragraph, not between the item and it",
      before: md("# Lee", "", "## Key Facts", "", "- Fact one", "- Fact two, long", "", "  More about fact two.", "", "## Topics Discussed", ""),
      after: md("# Lee", "", "## Key Facts", "", "- Fact one", "- Fact two, long", "", "  More about fact two.", "- New fact", "", "## Topics Discussed", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "after a nested item's paragraphs, a tab counting to the next stop of four",
      before: md("## Key Facts", "", "- i1", "  - nested", "    continued", "", "\t  more of nested", "", "A paragraph after.", ""),
      after: md("## Key Facts", "", "- i1", "  - nested", "    continued", "", "\t  more of nested", "- New fact", "", "A paragraph after.", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "a list bulleted with * goes on with *, as one list",
      before: md("## Key Facts", "", "* Fact one", "  - nested", "", "## Topics Discussed", ""),
      after: md("## Key Facts", "", "* Fact one", "  - nested", "* New fact", "", "## Topics Discussed", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "after the outer item's paragraph, below a nested item's own",
      before: md("## Key Facts", "", "- a", "  - sub", "", "    para of sub", "", "  para of a", "", "## Related", ""),
      after: md("## Key Facts", "", "- a", "  - sub", "", "    para of sub", "", "  para of a", "- New fact", "", "## Related", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "a numbered list goes on with the next number and its delimiter; its items are facts too",
      before: md("## Key Facts", "", "1) Fact one", "2) Prefers email", "", "## Topics Discussed", ""),
      after: md("## Key Facts", "", "1) Fact one", "2) Prefers email", "3) New fact", "", "## Topics Discussed", ""),
      edit: (t) => addKeyFact(addKeyFact(t, "prefers EMAIL.", CTX), "New fact", CTX),
    },
    {
      // CommonMark: inside a paragraph's text, only `1.` starts a numbered list.
      name: "a line of text that starts with a number (2024.) is the paragraph's, no fact: the same words are a new fact, a bullet",
      before: md("## Key Facts", "", "Some prose.", "2024. was a good year", ""),
      after: md("## Key Facts", "", "Some prose.", "2024. was a good year", "- was a good year", ""),
      edit: (t) => addKeyFact(t, "was a good year", CTX),
    },
    {
      name: "a numbered list right under a sub-heading is a list, whatever its first number",
      before: md("## Key Facts", "", "2. Fact two", "### Work", "5. Fact five", "", "## Topics Discussed", ""),
      after: md("## Key Facts", "", "2. Fact two", "3. New fact", "### Work", "5. Fact five", "", "## Topics Discussed", ""),
      edit: (t) => addKeyFact(addKeyFact(t, "fact five", CTX), "New fact", CTX),
    },
    {
      name: "a numbered list goes on through a lazy line",
      before: md("## Key Facts", "", "1. a", "lazy", "2. b", ""),
      after: md("## Key Facts", "", "1. a", "lazy", "2. b", "3. New fact", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "a paragraph after a blank line at the margin is not the item's",
      before: md("## Key Facts", "", "- Fact one", "", "Not the item's.", ""),
      after: md("## Key Facts", "", "- Fact one", "- New fact", "", "Not the item's.", ""),
      edit: (t) => addKeyFact(t, "New fact", CTX),
    },
    {
      name: "a heading with closing #s and trailing spaces",
      before: fixture("heading-trailing-hashes.md"),
      after: change(
        fixture("heading-trailing-hashes.md"),
        ["- Speaks four languages.\n", "- Speaks four languages.\n- Lives in Bergen.\n"],
        ["*Last updated: 2026-05-05*", `*Last updated: ${TODAY}*`],
      ),
      edit: (t) => addKeyFact(t, "Lives in Bergen.", CTX),
    },
    {
      name: "a note with no footer gets none",
      before: fixture("no-footer.md"),
      after: change(fixture("no-footer.md"), ["- Runs the night shift.\n", "- Runs the night shift.\n- Drinks green tea.\n"]),
      edit: (t) => addKeyFact(t, "Drinks green tea.", CTX),
    },
    {
      name: "a note with no frontmatter",
      before: fixture("no-frontmatter.md"),
      after: fixture("no-frontmatter.md") + "- Collects maps.\n",
      edit: (t) => addKeyFact(t, "Collects maps.", CTX),
    },
    {
      name: "missing Key Facts in a note whose last section is Related",
      before: fixture("missing-sections.md"),
      after: change(
        fixture("missing-sections.md"),
        ["## Related", "## Key Facts\n\n- Speaks at SREcon.\n\n## Related"],
        ["*Last updated: 2026-06-01*", `*Last updated: ${TODAY}*`],
      ),
      edit: (t) => addKeyFact(t, "Speaks at SREcon.", CTX),
    },
    {
      name: "an empty note",
      before: "",
      after: md("## Key Facts", "", "- Exists.", ""),
      edit: (t) => addKeyFact(t, "Exists.", CTX),
    },
  ];
  runEditCases(cases);
});

describe("addKeyDecision", () => {
  const cases: EditCase[] = [
    {
      name: "appended with a check mark",
      before: ADA,
      after: change(ADA, ["- ✅ Share the RFC.\n", "- ✅ Share the RFC.\n- ✅ Ship in May.\n"], STAMP),
      edit: (t) => addKeyDecision(t, "Ship in May.", CTX),
    },
    {
      name: "a check mark in the input is not doubled",
      before: ADA,
      after: change(ADA, ["- ✅ Share the RFC.\n", "- ✅ Share the RFC.\n- ✅ Ship in May.\n"], STAMP),
      edit: (t) => addKeyDecision(t, "✅ Ship in May.", CTX),
    },
    {
      name: "the same decision (mark, case, punctuation ignored) changes nothing",
      before: ADA,
      after: ADA,
      edit: (t) => addKeyDecision(t, "[x] share the rfc", CTX),
    },
    {
      name: "Dana: after the last decision, before Related",
      before: DANA,
      after: change(DANA, ["before the design session.\n", "before the design session.\n- ✅ Use the staging cluster.\n"], STAMP),
      edit: (t) => addKeyDecision(t, "Use the staging cluster.", CTX),
    },
    {
      name: "after a decision's reason, parted from it by a blank line",
      before: md("## Key Decisions", "", "- ✅ Go", "", "  Because of X.", ""),
      after: md("## Key Decisions", "", "- ✅ Go", "", "  Because of X.", "- ✅ Stop", ""),
      edit: (t) => addKeyDecision(t, "Stop", CTX),
    },
    {
      name: "a missing section goes before Related",
      before: fixture("missing-sections.md"),
      after: change(
        fixture("missing-sections.md"),
        ["## Related", "## Key Decisions\n\n- ✅ Try the beta.\n\n## Related"],
        ["*Last updated: 2026-06-01*", `*Last updated: ${TODAY}*`],
      ),
      edit: (t) => addKeyDecision(t, "Try the beta.", CTX),
    },
  ];
  runEditCases(cases);
});

describe("mergeTopics", () => {
  const cases: EditCase[] = [
    {
      name: "new topics at the end, no duplicates (case-insensitive)",
      before: ADA,
      after: change(ADA, ["Compilers, Tooling\n", "Compilers, Tooling, Type systems, WASM\n"], STAMP),
      edit: (t) => mergeTopics(t, ["tooling", "Type systems", "WASM", "type systems"], CTX),
    },
    {
      name: "a comma-separated input is split",
      before: ADA,
      after: change(ADA, ["Compilers, Tooling\n", "Compilers, Tooling, A, B\n"], STAMP),
      edit: (t) => mergeTopics(t, ["A, b", "B"], CTX).replace("A, b", "A, B"),
    },
    {
      name: "all there: nothing changes",
      before: DANA,
      after: DANA,
      edit: (t) => mergeTopics(t, ["PILOT SCOPING", "capacity planning"], CTX),
    },
    {
      name: "Dana",
      before: DANA,
      after: change(DANA, ["Capacity planning, Pilot scoping\n", "Capacity planning, Pilot scoping, Cost model\n"], STAMP),
      edit: (t) => mergeTopics(t, ["Cost model"], CTX),
    },
    {
      name: "a layout prompt is replaced",
      before: md("## Topics Discussed", "", "_What projects are you collaborating on with this person?_", "", "## Next", ""),
      after: md("## Topics Discussed", "", "A", "", "## Next", ""),
      edit: (t) => mergeTopics(t, ["A"], CTX),
    },
    {
      name: "an italic line the user wrote is content: the topics are appended to it",
      before: md("## Topics Discussed", "", "_Nothing yet_", "", "## Next", ""),
      after: md("## Topics Discussed", "", "_Nothing yet_, A", "", "## Next", ""),
      edit: (t) => mergeTopics(t, ["A"], CTX),
    },
    {
      name: "an empty section",
      before: md("## Topics Discussed", "", "## Recent Context", ""),
      after: md("## Topics Discussed", "", "A, B", "", "## Recent Context", ""),
      edit: (t) => mergeTopics(t, ["A", "B"], CTX),
    },
    {
      name: "a missing section is inserted after Key Facts",
      before: md("## Key Facts", "", "- x", "", "## Profile", ""),
      after: md("## Key Facts", "", "- x", "", "## Topics Discussed", "", "A", "", "## Profile", ""),
      edit: (t) => mergeTopics(t, ["A"], CTX),
    },
    {
      name: "a paragraph ending in a comma",
      before: md("## Topics Discussed", "", "A,", ""),
      after: md("## Topics Discussed", "", "A, B", ""),
      edit: (t) => mergeTopics(t, ["B"], CTX),
    },
    {
      name: "no trailing newline stays that way",
      before: fixture("no-trailing-newline.md"),
      after: fixture("no-trailing-newline.md") + ", Synthesis",
      edit: (t) => mergeTopics(t, ["Synthesis"], CTX),
    },
    {
      name: "CRLF",
      before: fixture("bom-crlf.md"),
      after: change(fixture("bom-crlf.md"), ["Hiring, Team topology\r\n", "Hiring, Team topology, Onboarding\r\n"], STAMP),
      edit: (t) => mergeTopics(t, ["Onboarding"], CTX),
    },
    {
      name: "headings in code are skipped",
      before: fixture("fenced-headings.md"),
      after: change(fixture("fenced-headings.md"), ["Documentation, Style guides\n", "Documentation, Style guides, Linting\n"], STAMP),
      edit: (t) => mergeTopics(t, ["Linting"], CTX),
    },
    {
      name: "a layout prompt followed by a code block: only the prompt is replaced",
      before: md("## Topics Discussed", "", "_Action items this person is responsible for:_", "```", "keep me", "```", ""),
      after: md("## Topics Discussed", "", "A", "```", "keep me", "```", ""),
      edit: (t) => mergeTopics(t, ["A"], CTX),
    },
    {
      name: "topics followed by a code block: appended to the paragraph, not to the fence",
      before: md("## Topics Discussed", "", "A, B", "", "```", "x", "```", ""),
      after: md("## Topics Discussed", "", "A, B, C", "", "```", "x", "```", ""),
      edit: (t) => mergeTopics(t, ["C"], CTX),
    },
    {
      name: "a section with only code: the topics start a paragraph after it",
      before: md("## Topics Discussed", "", "```", "x", "```", ""),
      after: md("## Topics Discussed", "", "```", "x", "```", "", "C", ""),
      edit: (t) => mergeTopics(t, ["C"], CTX),
    },
    {
      name: "nothing to add: empty input is a no-op",
      before: ADA,
      after: ADA,
      edit: (t) => mergeTopics(t, [" ", ""], CTX),
    },
  ];
  runEditCases(cases);
});

describe("addRecentContext", () => {
  const RC = md(
    "## Recent Context",
    "",
    "- 2026-03-02: [[M2]] - Two. (via Acme)",
    "- 2026-02-11: [[M1]] - One.",
    "- 2026-01-05: Coffee chat",
    "",
    "## Profile",
    "",
  );
  const cases: EditCase[] = [
    {
      name: "newest first: a new date goes on top",
      before: ADA,
      after: change(
        ADA,
        ["- 2026-02-01: [[2026-02-01", "- 2026-03-10: [[2026-03-10 - Design review]] - Reviewed the parser. (via Acme)\n- 2026-02-01: [[2026-02-01"],
        STAMP,
      ),
      edit: (t) => addRecentContext(t, entry("2026-03-10", "2026-03-10 - Design review", "Reviewed the parser.", "Acme"), CTX),
    },
    {
      name: "between older and newer lines",
      before: RC,
      after: change(RC, ["- 2026-02-11", "- 2026-02-20: [[M9]] - Nine.\n- 2026-02-11"]),
      edit: (t) => addRecentContext(t, entry("2026-02-20", "M9", "Nine."), CTX),
    },
    {
      name: "the oldest goes last, before the blank line",
      before: RC,
      after: change(RC, ["- 2026-01-05: Coffee chat\n", "- 2026-01-05: Coffee chat\n- 2025-12-01: Lunch\n"]),
      edit: (t) => addRecentContext(t, entry("2025-12-01", null, "Lunch"), CTX),
    },
    {
      name: "same date: the one added later goes first",
      before: RC,
      after: change(RC, ["- 2026-03-02: [[M2]]", "- 2026-03-02: [[M3]] - Three.\n- 2026-03-02: [[M2]]"]),
      edit: (t) => addRecentContext(t, entry("2026-03-02", "M3", "Three."), CTX),
    },
    {
      name: "the same meeting again changes nothing",
      before: RC,
      after: RC,
      edit: (t) => addRecentContext(t, entry("2026-03-02", "M2", "Two.", "Acme"), CTX),
    },
    {
      // A line of the meeting that is not the one Kith writes for the entry is the user's: kept.
      name: "the same meeting note (alias, .md, case ignored) with a new summary: its line is kept as it is",
      before: RC,
      after: RC,
      edit: (t) => addRecentContext(t, entry("2026-03-02", "m2.md|Meeting two", "Two, revised.", "Acme"), CTX),
    },
    {
      name: "the same meeting note on a new date: its line is kept where it is",
      before: RC,
      after: RC,
      edit: (t) => addRecentContext(t, entry("2026-04-01", "M1", "One."), CTX),
    },
    {
      name: "a line without a link is the same meeting when date and summary match",
      before: RC,
      after: RC,
      edit: (t) => addRecentContext(t, entry("2026-01-05", null, "Coffee chat"), CTX),
    },
    {
      name: "a line without a link and another summary on the same date is another meeting",
      before: RC,
      after: change(RC, ["- 2026-01-05: Coffee chat", "- 2026-01-05: Dinner\n- 2026-01-05: Coffee chat"]),
      edit: (t) => addRecentContext(t, entry("2026-01-05", null, "Dinner"), CTX),
    },
    {
      name: "brackets around the link are dropped, an empty via is left out",
      before: RC,
      after: change(RC, ["- 2026-03-02: [[M2]]", "- 2026-05-01: [[M5]] - Five.\n- 2026-03-02: [[M2]]"]),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "[[M5]]", " Five. ", " "), CTX),
    },
    {
      name: "a link without a summary",
      before: RC,
      after: change(RC, ["- 2026-03-02: [[M2]]", "- 2026-05-01: [[M5]] (via Beta)\n- 2026-03-02: [[M2]]"]),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "", "Beta"), CTX),
    },
    {
      name: "with a cap, the lines past it move to a new Older Context section",
      before: RC,
      after: md(
        "## Recent Context",
        "",
        "- 2026-05-01: [[M5]] - Five.",
        "- 2026-03-02: [[M2]] - Two. (via Acme)",
        "",
        "## Older Context",
        "",
        "- 2026-02-11: [[M1]] - One.",
        "- 2026-01-05: Coffee chat",
        "",
        "## Profile",
        "",
      ),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "Five."), { ...CTX, cap: 2 }),
    },
    {
      name: "with a cap, moved lines go on top of an existing Older Context, never deleted",
      before: md(RC, "## Older Context", "", "- 2025-01-01: Ancient", ""),
      after: md(
        "## Recent Context",
        "",
        "- 2026-05-01: [[M5]] - Five.",
        "",
        "## Profile",
        "",
        "## Older Context",
        "",
        "- 2026-03-02: [[M2]] - Two. (via Acme)",
        "- 2026-02-11: [[M1]] - One.",
        "- 2026-01-05: Coffee chat",
        "- 2025-01-01: Ancient",
        "",
      ),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "Five."), { ...CTX, cap: 1 }),
    },
    {
      name: "with a cap, an empty Older Context gets the lines in order",
      before: md("## Recent Context", "", "- 2026-03-02: [[M2]] - Two.", "- 2026-02-11: [[M1]] - One.", "", "## Older Context", "", "## Profile", ""),
      after: md(
        "## Recent Context",
        "",
        "- 2026-05-01: [[M5]] - Five.",
        "",
        "## Older Context",
        "",
        "- 2026-03-02: [[M2]] - Two.",
        "- 2026-02-11: [[M1]] - One.",
        "",
        "## Profile",
        "",
      ),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "Five."), { ...CTX, cap: 1 }),
    },
    {
      name: "a cap of 0 is no cap",
      before: RC,
      after: change(RC, ["- 2026-03-02: [[M2]]", "- 2026-05-01: [[M5]] - Five.\n- 2026-03-02: [[M2]]"]),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "Five."), { ...CTX, cap: 0 }),
    },
    {
      name: "a meeting already in Older Context is kept there as it is",
      before: md("## Recent Context", "", "- 2026-03-02: [[M2]] - Two.", "", "## Older Context", "", "- 2025-01-01: [[M0]] - Zero.", ""),
      after: md("## Recent Context", "", "- 2026-03-02: [[M2]] - Two.", "", "## Older Context", "", "- 2025-01-01: [[M0]] - Zero.", ""),
      edit: (t) => addRecentContext(t, entry("2025-01-01", "M0", "Zero, revised."), CTX),
    },
    {
      name: "a missing section goes after Topics Discussed",
      before: md("## Topics Discussed", "", "A", "", "## Profile", "", "x", ""),
      after: md("## Topics Discussed", "", "A", "", "## Recent Context", "", "- 2026-05-01: [[M5]] - Five.", "", "## Profile", "", "x", ""),
      edit: (t) => addRecentContext(t, entry("2026-05-01", "M5", "Five."), CTX),
    },
    {
      name: "Dana: on top, footer stamped",
      before: DANA,
      after: change(
        DANA,
        ["- 2026-03-02: [[2026-03-02 - Pilot", "- 2026-03-20: [[2026-03-20 - Design session]] - Agreed the target architecture. (via Northwind)\n- 2026-03-02: [[2026-03-02 - Pilot"],
        STAMP,
      ),
      edit: (t) => addRecentContext(t, entry("2026-03-20", "2026-03-20 - Design session", "Agreed the target architecture.", "Northwind"), CTX),
    },
    {
      name: "a summary starting with a wikilink, no meeting note: applying it again changes nothing",
      before: change(RC, ["- 2026-01-05: Coffee chat\n", "- 2026-01-05: Coffee chat\n- 2025-12-01: [[Acme]] renewal call\n"]),
      after: change(RC, ["- 2026-01-05: Coffee chat\n", "- 2026-01-05: Coffee chat\n- 2025-12-01: [[Acme]] renewal call\n"]),
      edit: (t) => addRecentContext(t, entry("2025-12-01", null, "[[Acme]] renewal call"), CTX),
    },
    {
      name: "a meeting on the last line of a note without a final line break: kept",
      before: md("## Recent Context", "", "- 2026-03-02: [[M2]] - Two.", "- 2026-02-11: [[M1]] - One."),
      after: md("## Recent Context", "", "- 2026-03-02: [[M2]] - Two.", "- 2026-02-11: [[M1]] - One."),
      edit: (t) => addRecentContext(t, entry("2026-04-01", "M1", "One."), CTX),
    },
    {
      name: "CRLF",
      before: fixture("crlf.md"),
      after: change(fixture("crlf.md"), ["- 2026-02-14: [[", "- 2026-03-01: Phone call\r\n- 2026-02-14: [["], STAMP),
      edit: (t) => addRecentContext(t, entry("2026-03-01", null, "Phone call"), CTX),
    },
  ];
  runEditCases(cases);

  const refusals: RefusalCase[] = [
    { name: "an impossible date", before: RC, error: /"2026-02-30" is not a date/, code: "invalid-date", edit: (t) => addRecentContext(t, entry("2026-02-30", "M", "x"), CTX) },
    { name: "a date in another format", before: RC, error: /is not a date/, code: "invalid-date", edit: (t) => addRecentContext(t, entry("2/3/2026", "M", "x"), CTX) },
    { name: "no link and no summary", before: RC, error: /needs a meeting note or a summary/, code: "invalid-value", edit: (t) => addRecentContext(t, entry("2026-01-01", null, "  "), CTX) },
    { name: "an unclosed frontmatter fence", before: fixture("unclosed-fence.md"), error: /never closed/, edit: (t) => addRecentContext(t, entry("2026-01-01", null, "x"), CTX) },
  ];
  runRefusalCases(refusals);
});

describe("setContactField", () => {
  const TABLE = fixture("contact-table-extra-column.md");
  const cases: EditCase[] = [
    {
      name: "an _Unknown_ value is set",
      before: ADA,
      after: change(ADA, ["| **Email** | _Unknown_ |", "| **Email** | ada@byrne.example |"], STAMP),
      edit: (t) => setContactField(t, "Email", "ada@byrne.example", CTX),
    },
    {
      name: "a value is replaced; the field name matches case-insensitively and with bold marks",
      before: ADA,
      after: change(ADA, ["| **Role** | Compiler engineer |", "| **Role** | Staff engineer |"], STAMP),
      edit: (t) => setContactField(t, "**role**", "Staff engineer", CTX),
    },
    {
      name: "null writes _Unknown_",
      before: ADA,
      after: change(ADA, ["| **Role** | Compiler engineer |", "| **Role** | _Unknown_ |"], STAMP),
      edit: (t) => setContactField(t, "Role", null, CTX),
    },
    {
      name: "an empty value writes _Unknown_; already unknown is a no-op",
      before: ADA,
      after: ADA,
      edit: (t) => setContactField(t, "Email", "  ", CTX),
    },
    {
      name: "the same value is a no-op",
      before: ADA,
      after: ADA,
      edit: (t) => setContactField(t, "Role", " Compiler  engineer ", CTX),
    },
    {
      name: "a pipe in the value is escaped",
      before: ADA,
      after: change(ADA, ["| **Role** | Compiler engineer |", "| **Role** | Compilers \\| Tooling |"], STAMP),
      edit: (t) => setContactField(t, "Role", "Compilers | Tooling", CTX),
    },
    {
      name: "a new field is a new row after the last one",
      before: ADA,
      after: change(ADA, ["| **Email** | _Unknown_ |\n", "| **Email** | _Unknown_ |\n| **Mastodon** | @ada@hachyderm.example |\n"], STAMP),
      edit: (t) => setContactField(t, "Mastodon", "@ada@hachyderm.example", CTX),
    },
    {
      name: "extra columns are kept",
      before: TABLE,
      after: change(TABLE, ["| **Role** | CTO | LinkedIn |", "| **Role** | CEO | LinkedIn |"], STAMP),
      edit: (t) => setContactField(t, "Role", "CEO", CTX),
    },
    {
      name: "a blank cell gets the usual spacing, the extra column stays",
      before: TABLE,
      after: change(TABLE, ["| **Phone** | _Unknown_ |  |", "| **Phone** | +1 555 0100 |  |"], STAMP),
      edit: (t) => setContactField(t, "Phone", "+1 555 0100", CTX),
    },
    {
      name: "a broken row without a value cell gets one",
      before: TABLE,
      after: change(TABLE, ["| **Notes** |\n", "| **Notes** | Prefers email |\n"], STAMP),
      edit: (t) => setContactField(t, "Notes", "Prefers email", CTX),
    },
    {
      name: "an escaped pipe in a value is read as one cell",
      before: TABLE,
      after: change(TABLE, ["| **Pager** | 555\\|0199 | old |", "| **Pager** | 555\\|0200 | old |"], STAMP),
      edit: (t) => setContactField(t, "Pager", "555|0200", CTX),
    },
    {
      name: "a new row after a table whose last rows are broken",
      before: TABLE,
      after: change(TABLE, ["| **Pager** | 555\\|0199 | old |\n", "| **Pager** | 555\\|0199 | old |\n| **Twitter** | @sunita |\n"], STAMP),
      edit: (t) => setContactField(t, "Twitter", "@sunita", CTX),
    },
    {
      name: "a missing section is inserted with a table",
      before: BARE,
      after: change(
        BARE,
        ["# Ada Byrne\n\n", "# Ada Byrne\n\n## Contact Information\n\n| Field | Value |\n|-------|-------|\n| **Email** | a@b.example |\n\n"],
        BARE_STAMP,
      ),
      edit: (t) => setContactField(t, "Email", "a@b.example", CTX),
    },
    {
      name: "a table with a header and no rows gets its first row, not a second header",
      before: md("## Contact Information", "", "| Field | Value |", "|---|---|", "", "## Key Facts", ""),
      after: md("## Contact Information", "", "| Field | Value |", "|---|---|", "| **Email** | a@b.example |", "", "## Key Facts", ""),
      edit: (t) => setContactField(t, "Email", "a@b.example", CTX),
    },
    {
      name: "a section without a table gets one",
      before: md("## Contact Information", "", "## Key Facts", ""),
      after: md("## Contact Information", "", "| Field | Value |", "|-------|-------|", "| **Email** | a@b.example |", "", "## Key Facts", ""),
      edit: (t) => setContactField(t, "Email", "a@b.example", CTX),
    },
    {
      name: "Profile's Role follows when asked",
      before: ADA,
      after: change(ADA, ["| **Role** | Compiler engineer |", "| **Role** | Staff engineer |"], ["**Role**: Compiler engineer", "**Role**: Staff engineer"], STAMP),
      edit: (t) => setContactField(t, "Role", "Staff engineer", { ...CTX, syncProfileRole: true }),
    },
    {
      name: "CRLF, a new row",
      before: fixture("crlf.md"),
      after: change(fixture("crlf.md"), ["ledgerline.example |\r\n", "ledgerline.example |\r\n| **Phone** | 0700 |\r\n"], STAMP),
      edit: (t) => setContactField(t, "Phone", "0700", CTX),
    },
    {
      name: "a table at the very end without a final line break",
      before: md("## Contact Information", "", "| Field | Value |", "|---|---|", "| **Role** | x |"),
      after: md("## Contact Information", "", "| Field | Value |", "|---|---|", "| **Role** | x |", "| **Email** | e@x.example |"),
      edit: (t) => setContactField(t, "Email", "e@x.example", CTX),
    },
  ];
  runEditCases(cases);

  const refusals: RefusalCase[] = [
    { name: "an empty field name", before: ADA, error: /is not a contact field name/, code: "invalid-value", edit: (t) => setContactField(t, "  ", "x", CTX) },
    { name: "a field name with a pipe", before: ADA, error: /is not a contact field name/, edit: (t) => setContactField(t, "a|b", "x", CTX) },
  ];
  runRefusalCases(refusals);
});

describe("setLastContact", () => {
  const cases: EditCase[] = [
    {
      name: "moves forward, single quotes like the note",
      before: ADA,
      after: change(ADA, ["last_contact: '2026-02-01'", "last_contact: '2026-03-15'"], STAMP),
      edit: (t) => setLastContact(t, "2026-03-15", CTX),
    },
    {
      name: "an earlier date changes nothing",
      before: ADA,
      after: ADA,
      edit: (t) => setLastContact(t, "2026-01-15", CTX),
    },
    {
      name: "the same date changes nothing",
      before: ADA,
      after: ADA,
      edit: (t) => setLastContact(t, "2026-02-01", CTX),
    },
    {
      name: "unquoted dates stay unquoted",
      before: fixture("unquoted-dates.md"),
      after: change(fixture("unquoted-dates.md"), ["last_contact: 2026-02-20", "last_contact: 2026-03-01"], STAMP),
      edit: (t) => setLastContact(t, "2026-03-01", CTX),
    },
    {
      name: "double quotes and a trailing comment stay",
      before: md("---", 'last_contact: "2026-02-01" # auto', "---", ""),
      after: md("---", 'last_contact: "2026-03-01" # auto', "---", ""),
      edit: (t) => setLastContact(t, "2026-03-01", CTX),
    },
    {
      name: "the comment fixture: only the date changes",
      before: fixture("yaml-comments.md"),
      after: change(fixture("yaml-comments.md"), ["last_contact: '2026-03-09' # last call", "last_contact: '2026-04-01' # last call"], STAMP),
      edit: (t) => setLastContact(t, "2026-04-01", CTX),
    },
    {
      name: "a missing key goes after created, quoted like created",
      before: md("---", "type: people", 'created: "2026-01-01"', "tags: [type/people]", "---", ""),
      after: md("---", "type: people", 'created: "2026-01-01"', 'last_contact: "2026-01-02"', "tags: [type/people]", "---", ""),
      edit: (t) => setLastContact(t, "2026-01-02", CTX),
    },
    {
      name: "a missing key in a note with plain dates is plain",
      before: md("---", "created: 2026-01-01", "---", ""),
      after: md("---", "created: 2026-01-01", "last_contact: 2026-01-02", "---", ""),
      edit: (t) => setLastContact(t, "2026-01-02", CTX),
    },
    {
      name: "a date-time on the same day is not older",
      before: md("---", "last_contact: 2026-03-02T10:00", "---", ""),
      after: md("---", "last_contact: 2026-03-02T10:00", "---", ""),
      edit: (t) => setLastContact(t, "2026-03-02", CTX),
    },
    {
      name: "a value that is not a date is replaced",
      before: md("---", "last_contact: 'last week'", "---", ""),
      after: md("---", "last_contact: '2026-03-02'", "---", ""),
      edit: (t) => setLastContact(t, "2026-03-02", CTX),
    },
    ...[`"[[2026-12-31]]"`, "31 December 2026", "Dec 31, 2026", "12/31/2026", "2026/12/31", "2026-03-02"].map((value) => ({
      name: `a later or the same day written otherwise is kept: ${value}`,
      before: md("---", `last_contact: ${value}`, "---", ""),
      after: md("---", `last_contact: ${value}`, "---", ""),
      edit: (t: string) => setLastContact(t, "2026-03-02", CTX),
    })),
    {
      name: "a day with digits Kith cannot read as one day (March or April?) is left as it is",
      before: md("---", "last_contact: 03/04/2026", "---", ""),
      after: md("---", "last_contact: 03/04/2026", "---", ""),
      edit: (t) => setLastContact(t, "2026-01-02", CTX),
    },
    {
      name: "an earlier day written otherwise moves forward",
      before: md("---", `last_contact: 5 January 2026`, "---", ""),
      after: md("---", "last_contact: '2026-03-02'", "---", ""),
      edit: (t) => setLastContact(t, "2026-03-02", CTX),
    },
    {
      name: "no frontmatter: a block, in the note's line endings",
      before: crlf(md("# Gus", "")),
      after: crlf(md("---", "last_contact: '2026-03-02'", "---", "# Gus", "")),
      edit: (t) => setLastContact(t, "2026-03-02", CTX),
    },
    {
      name: "BOM + CRLF",
      before: fixture("bom-crlf.md"),
      after: change(fixture("bom-crlf.md"), ["last_contact: '2026-05-07'", "last_contact: '2026-06-01'"], STAMP),
      edit: (t) => setLastContact(t, "2026-06-01", CTX),
    },
  ];
  runEditCases(cases);

  const refusals: RefusalCase[] = [
    { name: "an impossible date", before: ADA, error: /"2026-02-29" is not a date/, code: "invalid-date", edit: (t) => setLastContact(t, "2026-02-29", CTX) },
    { name: "a date with a time", before: ADA, error: /is not a date/, edit: (t) => setLastContact(t, "2026-03-01T10:00", CTX) },
    { name: "malformed YAML", before: fixture("malformed-yaml.md"), error: /line 3/, code: "malformed-frontmatter", edit: (t) => setLastContact(t, "2026-03-01", CTX) },
    { name: "an unclosed fence", before: fixture("unclosed-fence.md"), error: /never closed/, edit: (t) => setLastContact(t, "2026-03-01", CTX) },
  ];
  runRefusalCases(refusals);
});

describe("setLastContact refuses a last_contact that is not one date, and writes nothing", () => {
  const note = (...value: string[]): string => md("---", "type: people", ...value, "tags:", "- type/people", "---", "", "# Dana", "");
  const touch = (t: string): string => setLastContact(t, "2026-03-15", CTX);
  const cases: RefusalCase[] = [
    { name: "a block list with a comment", before: note("last_contact:", "- '2026-03-02'", "# the call", "- '2026-02-11'"), error: /^last_contact is a list; Kith only sets a single date/, code: "unsupported-frontmatter", edit: touch },
    { name: "a flow list", before: note("last_contact: ['2026-03-02', '2026-02-11']"), error: /^last_contact is a list; Kith only sets a single date/, edit: touch },
    { name: "a flow list over two lines", before: note("last_contact: ['2026-03-02',", "  '2026-02-11']"), error: /^last_contact is a list;/, edit: touch },
    { name: "a map", before: note("last_contact:", "  work: '2026-03-02'", "  home: '2026-01-01'"), error: /^last_contact is a map; Kith only sets a single date/, edit: touch },
    { name: "a folded scalar", before: note("last_contact: >-", "  2026-03-02"), error: /^last_contact is a multi-line text \(>-\); Kith only sets a single date/, edit: touch },
    { name: "a literal scalar", before: note("last_contact: |", "  2026-03-02", "  (the pilot call)"), error: /^last_contact is a multi-line text \(\|\)/, edit: touch },
  ];
  runRefusalCases(cases);
});


describe("markReviewed", () => {
  const cases: EditCase[] = [
    {
      name: "removes needs-review and keeps auto_created",
      before: DANA,
      after: change(DANA, ["- type/people\n- needs-review\n", "- type/people\n"], STAMP),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "flow tags",
      before: fixture("flow-tags.md"),
      after: change(fixture("flow-tags.md"), ["tags: [type/people, needs-review]", "tags: [type/people]"], STAMP),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "indented block tags",
      before: fixture("indented-lists.md"),
      after: change(fixture("indented-lists.md"), ["  - type/people\n  - needs-review\n", "  - type/people\n"], STAMP),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "a comment above the tag stays",
      before: fixture("yaml-comments.md"),
      after: change(fixture("yaml-comments.md"), ["# waiting on a proper intro\n- needs-review\n", "# waiting on a proper intro\n"], STAMP),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "the tag with a # and other case",
      before: md("---", "tags: [type/people, '#Needs-Review']", "---", ""),
      after: md("---", "tags: [type/people]", "---", ""),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "no needs-review tag: nothing changes, not even the footer",
      before: fixture("crlf.md"),
      after: fixture("crlf.md"),
      edit: (t) => markReviewed(t, CTX),
    },
    {
      name: "no frontmatter: nothing changes",
      before: fixture("no-frontmatter.md"),
      after: fixture("no-frontmatter.md"),
      edit: (t) => markReviewed(t, CTX),
    },
  ];
  runEditCases(cases);

  runRefusalCases([{ name: "malformed YAML", before: fixture("malformed-yaml.md"), error: /Malformed frontmatter at line 3/, edit: (t) => markReviewed(t, CTX) }]);
});

describe("the footer", () => {
  it("is stamped only when the edit changed something else", () => {
    const text = md("x", "", "---", "*Last updated: 2026-01-01*", "");
    expect(stampFooter(text, text, TODAY)).toBe(text);
    expect(stampFooter(text, `y${text}`, TODAY)).toBe(md("yx", "", "---", `*Last updated: ${TODAY}*`, ""));
  });

  it("keeps what follows the closing star and the line ending", () => {
    const before = crlf(md("a", "*Last updated: 2025-12-31*  ", ""));
    expect(stampFooter(before, `b${before}`, TODAY)).toBe(crlf(md("ba", `*Last updated: ${TODAY}*  `, "")));
  });

  it("a footer-like line inside code is not the footer", () => {
    const before = md("x", "```", "*Last updated: *", "```", "");
    expect(stampFooter(before, `y${before}`, TODAY)).toBe(`y${before}`);
  });

  it("footerDate reads the date, null when never filled in or missing", () => {
    expect(footerDate(md("x", "---", "*Last updated: 2026-03-02*", ""))).toBe("2026-03-02");
    expect(footerDate(DANA)).toBeNull();
    expect(footerDate(fixture("no-footer.md"))).toBeNull();
  });

  it("every edit that changes a note stamps it; every no-op leaves it", () => {
    const edits: Array<(t: string) => string> = [
      (t) => addKeyFact(t, "A new fact.", CTX),
      (t) => addKeyDecision(t, "A new decision.", CTX),
      (t) => mergeTopics(t, ["A new topic"], CTX),
      (t) => addRecentContext(t, entry("2026-11-25", "2026-11-25 - Call", "Called."), CTX),
      (t) => setContactField(t, "Phone", "123", CTX),
      (t) => setLastContact(t, "2026-11-25", CTX),
      (t) => markReviewed(t, CTX),
    ];
    for (const edit of edits) {
      const once = edit(DANA);
      expect(once).not.toBe(DANA);
      expect(footerDate(once)).toBe(TODAY);
      expect(edit(once)).toBe(once);
    }
  });
});

describe("bad input through the note store changes nothing", () => {
  it("an empty fact, a bad date, malformed YAML, an unclosed fence", async () => {
    const store = new MemoryNoteStore({
      "People/Dana Okafor.md": DANA,
      "People/Kai Brandt.md": fixture("malformed-yaml.md"),
      "People/Elena Petrova.md": fixture("unclosed-fence.md"),
    });
    await expect(editPersonNote(store, "People/Dana Okafor.md", (t) => addKeyFact(t, " - ", CTX))).rejects.toThrow(/key fact is empty/);
    await expect(editPersonNote(store, "People/Dana Okafor.md", (t) => setLastContact(t, "2026-13-01", CTX))).rejects.toThrow(/not a date/);
    await expect(editPersonNote(store, "People/Kai Brandt.md", (t) => addKeyFact(t, "x", CTX))).rejects.toThrow(/Malformed frontmatter at line 3/);
    await expect(editPersonNote(store, "People/Elena Petrova.md", (t) => addKeyFact(t, "x", CTX))).rejects.toThrow(/never closed/);
    expect(store.files.get("People/Dana Okafor.md")).toBe(DANA);
    expect(store.files.get("People/Kai Brandt.md")).toBe(fixture("malformed-yaml.md"));
    expect(store.files.get("People/Elena Petrova.md")).toBe(fixture("unclosed-fence.md"));
  });

  it("empty facts and decisions are refused by the edit itself", () => {
    for (const bad of ["", "   ", "\n\t", "- ", "-  "]) {
      expect(() => addKeyFact(ADA, bad, CTX)).toThrow(/The key fact is empty/);
      expect(() => addKeyDecision(ADA, bad, CTX)).toThrow(/The key decision is empty/);
    }
    for (const bad of ["✅", "- ✅ ", "[x]", "☑️"]) {
      expect(() => addKeyDecision(ADA, bad, CTX)).toThrow(/The key decision is empty/);
    }
  });

  it("BOM survives every edit", () => {
    const text = BOM + ADA;
    expect(addKeyFact(text, "x", CTX).startsWith(BOM + "---\n")).toBe(true);
    expect(setLastContact(text, "2026-05-05", CTX).startsWith(BOM + "---\n")).toBe(true);
  });
});
