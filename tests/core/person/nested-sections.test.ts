/**
 * Person sections as users write their headings. Nested under one another (`### Key Facts` over
 * `#### Key Decisions`, or under `## Profile`): each is its own section, so an edit of one never
 * writes into the other and a read never takes one's lines for the other's. Ending in a colon
 * (`## Key Facts:`): the section of that name.
 */
import { describe, expect, it } from "vitest";
import { addKeyDecision, addKeyFact, addRecentContext, parsePerson } from "../../../src/core";
import { CTX, md } from "../helpers";

const FACTS_OVER_DECISIONS = md("# Dana", "", "### Key Facts", "", "- One.", "", "#### Key Decisions", "", "- ✅ Go.", "", "## Recent Context", "", "- 2026-01-01: Call", "");
const PROFILE_OVER_FACTS = md("# Dana", "", "## Profile", "", "**Role**: Engineer", "", "### Key Facts", "", "- One.", "");

describe("a person section nested under another is its own", () => {
  it.each([
    {
      name: "a fact goes to Key Facts, above the nested Key Decisions",
      before: FACTS_OVER_DECISIONS,
      edit: (t: string) => addKeyFact(t, "Two.", CTX),
      after: md("# Dana", "", "### Key Facts", "", "- One.", "- Two.", "", "#### Key Decisions", "", "- ✅ Go.", "", "## Recent Context", "", "- 2026-01-01: Call", ""),
    },
    {
      name: "a decision goes to the nested Key Decisions",
      before: FACTS_OVER_DECISIONS,
      edit: (t: string) => addKeyDecision(t, "Ship.", CTX),
      after: md("# Dana", "", "### Key Facts", "", "- One.", "", "#### Key Decisions", "", "- ✅ Go.", "- ✅ Ship.", "", "## Recent Context", "", "- 2026-01-01: Call", ""),
    },
    {
      name: "a fact goes to Key Facts nested in Profile",
      before: PROFILE_OVER_FACTS,
      edit: (t: string) => addKeyFact(t, "Two.", CTX),
      after: md("# Dana", "", "## Profile", "", "**Role**: Engineer", "", "### Key Facts", "", "- One.", "- Two.", ""),
    },
    {
      name: "a line past the cap moves out of a Recent Context nested in Key Facts, not out of Key Facts",
      before: md("# D", "", "## Key Facts", "", "- a", "", "### Recent Context", "", "- 2026-01-01: x", ""),
      edit: (t: string) => addRecentContext(t, { date: "2026-02-01", link: null, summary: "y", via: null }, { ...CTX, cap: 1 }),
      after: md("# D", "", "## Key Facts", "", "- a", "", "### Recent Context", "", "- 2026-02-01: y", "", "## Older Context", "", "- 2026-01-01: x", ""),
    },
    {
      name: "a decision goes under a setext Key Decisions below a setext Recent Context",
      before: md("# Dana", "", "Recent Context", "--------------", "", "- 2026-01-01: Call", "", "Key Decisions", "-------------", "", "- ✅ Go.", ""),
      edit: (t: string) => addKeyDecision(t, "Ship.", CTX),
      after: md("# Dana", "", "Recent Context", "--------------", "", "- 2026-01-01: Call", "", "Key Decisions", "-------------", "", "- ✅ Go.", "- ✅ Ship.", ""),
    },
  ])("$name", ({ before, edit, after }) => {
    expect(edit(before)).toBe(after);
  });

  it("reads each nested section's own lines", () => {
    const dana = parsePerson(FACTS_OVER_DECISIONS, "People/Dana.md");
    expect([dana.keyFacts, dana.keyDecisions]).toEqual([["One."], ["Go."]]);
    expect(parsePerson(PROFILE_OVER_FACTS, "People/Dana.md").keyFacts).toEqual(["One."]);
  });

  it("a sub-heading of the user's own stays inside the section; a new fact goes above it, not into the user's group", () => {
    const before = md("## Key Facts", "", "- One.", "", "### Work", "", "- Two.", "", "## Profile", "");
    expect(addKeyFact(before, "Three.", CTX)).toBe(md("## Key Facts", "", "- One.", "- Three.", "", "### Work", "", "- Two.", "", "## Profile", ""));
    expect(addKeyFact(before, "Two.", CTX)).toBe(before);
    expect(parsePerson(before, "People/Dana.md").keyFacts).toEqual(["One.", "Two."]);
  });

  it.each([
    {
      name: "groups only: the new fact goes right under the section's heading",
      before: md("## Key Facts", "### Work", "- One.", "### Personal", "- Two.", "", "## Profile", ""),
      after: md("## Key Facts", "", "- Three.", "", "### Work", "- One.", "### Personal", "- Two.", "", "## Profile", ""),
    },
    {
      name: "groups only, a blank line under the heading: the new fact goes after it",
      before: md("## Key Facts", "", "### Work", "- One.", "", "## Profile", ""),
      after: md("## Key Facts", "", "- Three.", "", "### Work", "- One.", "", "## Profile", ""),
    },
    {
      name: "a paragraph above the groups: the new fact goes after it",
      before: md("## Key Facts", "", "What I know.", "", "### Work", "- One.", ""),
      after: md("## Key Facts", "", "What I know.", "- Three.", "", "### Work", "- One.", ""),
    },
  ])("$name", ({ before, after }) => {
    expect(addKeyFact(before, "Three.", CTX)).toBe(after);
  });
});

describe("a heading ending in a colon is the section of its name", () => {
  it("adds to ## Key Facts: and reads it", () => {
    const before = md("# Dana", "", "## Key Facts:", "", "- One.", "", "## Key Decisions:", "", "- ✅ Go.", "");
    expect(addKeyFact(before, "Two.", CTX)).toBe(md("# Dana", "", "## Key Facts:", "", "- One.", "- Two.", "", "## Key Decisions:", "", "- ✅ Go.", ""));
    expect(parsePerson(before, "People/Dana.md").keyFacts).toEqual(["One."]);
  });
});
