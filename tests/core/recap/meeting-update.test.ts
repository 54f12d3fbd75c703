import { describe, expect, it } from "vitest";
import { emptyRecap, type Recap } from "../../../src/core";
import { updateMeetingNote, type MeetingUpdateOptions } from "../../../src/core/recap/meeting-update";
import { BOM, crlf, md } from "../helpers";

/** A recap merged into the meeting note it is of: exact text before and after. */

const OPTIONS: MeetingUpdateOptions = {
  today: "2026-03-12",
  linkTargets: new Map([
    ["Priya Raman", "Priya Raman"],
    ["Sam Reyes", "Sam Reyes"],
  ]),
  handles: new Map([["Priya Raman", "@PriyaRaman"]]),
};

/** A note as the calendar starts it: the invite's attendees and emails, its agenda as the summary, the other sections empty. */
const STARTED = md(
  "---",
  "type: meeting",
  "date: '2026-03-12'",
  "title: Roadmap review",
  "attendees:",
  "- '[[Priya Raman]]'",
  "- Robin Berg",
  "attendee_emails:",
  "- Robin Berg <robin@partner.example>",
  "---",
  "",
  "# Roadmap review",
  "",
  "## Summary",
  "",
  "Walk through the Q2 roadmap.",
  "",
  "## Key Facts",
  "",
  "## Decisions",
  "",
  "## Topics",
  "",
  "## Action Items",
  "",
);

const RECAP: Recap = {
  ...emptyRecap(),
  date: "2026-03-12",
  title: "Roadmap review",
  attendees: ["Priya Raman", "Robin Berg"],
  emails: { "Robin Berg": "robin@partner.example" },
  summary: "Walk through the Q2 roadmap. We cut the search revamp.",
  facts: ["Robin: runs two data centres"],
  decisions: ["Ship the pilot in April"],
  topics: ["Roadmap", "Pilot"],
  actions: [{ text: "Send the sizing", owner: "Priya Raman", due: "2026-03-20" }],
};

const FILLED = md(
  "---",
  "type: meeting",
  "date: '2026-03-12'",
  "title: Roadmap review",
  "attendees:",
  "- '[[Priya Raman]]'",
  "- Robin Berg",
  "attendee_emails:",
  "- Robin Berg <robin@partner.example>",
  "---",
  "",
  "# Roadmap review",
  "",
  "## Summary",
  "",
  "Walk through the Q2 roadmap.",
  "",
  "We cut the search revamp.",
  "",
  "## Key Facts",
  "",
  "- Robin: runs two data centres",
  "",
  "## Decisions",
  "",
  "- Ship the pilot in April",
  "",
  "## Topics",
  "",
  "Roadmap, Pilot",
  "",
  "## Action Items",
  "",
  "- [ ] Send the sizing @PriyaRaman 📅 2026-03-20",
  "",
);

/** A note the user wrote in by hand: synonyms for headings, their own summary, facts, decisions, topics and a task. */
const HAND_WRITTEN = md(
  "---",
  "type: meeting",
  "date: '2026-03-12'",
  "attendees: [Robin Berg]",
  "transcript: '[[Transcripts/Old call.vtt]]'",
  "---",
  "# Roadmap review",
  "",
  "## Overview",
  "We talked roadmap; Robin was late.",
  "",
  "## Notes",
  "- runs two data centres.",
  "- Budget is fixed",
  "",
  "## Agreed",
  "- ✅ Ship the pilot in April",
  "",
  "## Topics",
  "Roadmap, Hiring",
  "",
  "## Next Steps",
  "- [x] Send the sizing @PriyaRaman",
  "",
  "<!-- my own notes below -->",
  "Call Robin back.",
);

interface Case {
  name: string;
  before: string;
  recap: Recap;
  after: string;
  kept?: string[];
}

const CASES: Case[] = [
  { name: "a note a calendar event started: the agenda kept, what the user typed after it added; every empty section filled", before: STARTED, recap: RECAP, after: FILLED },
  { name: "the same recap again: nothing to add, the same text", before: FILLED, recap: RECAP, after: FILLED },
  {
    name: "a summary that does not begin with the note's: a paragraph after it",
    before: STARTED,
    recap: { ...RECAP, summary: "We cut the search revamp.", facts: [], decisions: [], topics: [], actions: [] },
    after: STARTED.replace("Walk through the Q2 roadmap.\n", "Walk through the Q2 roadmap.\n\nWe cut the search revamp.\n"),
  },
  {
    name: "the summary already in the note (case and spacing aside): left as it is",
    before: STARTED,
    recap: { ...RECAP, summary: "walk  through the Q2 roadmap.", facts: [], decisions: [], topics: [], actions: [] },
    after: STARTED,
  },
  {
    name: "new attendees (linked to their notes), their emails, people mentioned and the transcript go into the frontmatter",
    before: STARTED,
    recap: {
      ...emptyRecap(),
      date: "2026-03-12",
      title: "Roadmap review",
      attendees: ["Priya Raman", "Robin Berg", "Sam Reyes"],
      emails: { "Robin Berg": "ROBIN@partner.example", "Sam Reyes": "sam@fabrikam.example" },
      mentioned: ["Hana Sato"],
      transcript: "Transcripts/Roadmap review.vtt",
    },
    after: STARTED.replace(
      "- Robin Berg\nattendee_emails:\n- Robin Berg <robin@partner.example>\n---",
      "- Robin Berg\n- '[[Sam Reyes]]'\nattendee_emails:\n- Robin Berg <robin@partner.example>\n- Sam Reyes <sam@fabrikam.example>\nmentioned:\n- Hana Sato\ntranscript: '[[Transcripts/Roadmap review.vtt]]'\n---",
    ),
  },
  {
    name: "a hand-written note: its headings used, its lines kept, only what it lacks added; its own transcript kept",
    before: HAND_WRITTEN,
    recap: {
      ...RECAP,
      attendees: ["Robin Berg", "Priya Raman"],
      emails: {},
      summary: "Robin walked us through the roadmap.",
      facts: ["Runs two data centres", "Wants S3 first"],
      decisions: ["Ship the pilot in April.", "Hire a second SRE"],
      topics: ["roadmap", "Pilot"],
      actions: [
        { text: "Send the sizing", owner: "Priya Raman", due: null },
        { text: "Book the design session", owner: null, due: null },
      ],
      transcript: "Transcripts/Roadmap review.vtt",
    },
    after: md(
      "---",
      "type: meeting",
      "date: '2026-03-12'",
      "attendees: [Robin Berg, '[[Priya Raman]]']",
      "transcript: '[[Transcripts/Old call.vtt]]'",
      "---",
      "# Roadmap review",
      "",
      "## Overview",
      "We talked roadmap; Robin was late.",
      "",
      "Robin walked us through the roadmap.",
      "",
      "## Notes",
      "- runs two data centres.",
      "- Budget is fixed",
      "- Wants S3 first",
      "",
      "## Agreed",
      "- ✅ Ship the pilot in April",
      "- Hire a second SRE",
      "",
      "## Topics",
      "Roadmap, Hiring",
      "",
      "Pilot",
      "",
      "## Next Steps",
      "- [x] Send the sizing @PriyaRaman",
      "- [ ] Book the design session",
      "",
      "<!-- my own notes below -->",
      "Call Robin back.",
    ),
    kept: ["Kept the note's transcript link (Transcripts/Old call.vtt) instead of Transcripts/Roadmap review.vtt."],
  },
  {
    name: "missing sections: each added at its place among those the note has",
    before: md("---", "type: meeting", "attendees:", "- Robin Berg", "---", "", "# Sync", "", "## Decisions", "", "- Keep the Friday call", ""),
    recap: { ...RECAP, attendees: ["Robin Berg"], emails: {}, summary: "Weekly sync.", facts: ["Budget is fixed"], topics: ["Budget"], actions: [] },
    after: md(
      "---",
      "type: meeting",
      "attendees:",
      "- Robin Berg",
      "---",
      "",
      "# Sync",
      "",
      "## Summary",
      "",
      "Weekly sync.",
      "",
      "## Key Facts",
      "",
      "- Budget is fixed",
      "",
      "## Decisions",
      "",
      "- Keep the Friday call",
      "- Ship the pilot in April",
      "",
      "## Topics",
      "",
      "Budget",
      "",
    ),
  },
  {
    name: "topics listed as bullets get bullets",
    before: md("---", "type: meeting", "---", "## Topics", "- Roadmap", "", "## Action Items", ""),
    recap: { ...emptyRecap(), date: "2026-03-12", title: "Sync", attendees: [], topics: ["Roadmap", "Pilot, Hiring"] },
    after: md("---", "type: meeting", "---", "## Topics", "- Roadmap", "- Pilot", "- Hiring", "", "## Action Items", ""),
  },
  {
    name: "a summary whose first mark would make it a heading is escaped, as a new note writes it",
    before: md("---", "type: meeting", "---", "## Summary", "", "## Key Facts", ""),
    recap: { ...emptyRecap(), date: "2026-03-12", title: "Sync", attendees: [], summary: "# of pilots: two" },
    after: md("---", "type: meeting", "---", "## Summary", "", "\\# of pilots: two", "", "## Key Facts", ""),
  },
  {
    name: "CRLF line endings and a BOM are kept",
    before: BOM + crlf(STARTED),
    recap: RECAP,
    after: BOM + crlf(FILLED),
  },
  {
    name: "no final line break: the last section's new line gets none either",
    before: STARTED.replace(/\n$/, ""),
    recap: { ...RECAP, summary: "", facts: [], decisions: [], topics: [] },
    after: FILLED.replace(/\n$/, "")
      .replace("Walk through the Q2 roadmap.\n\nWe cut the search revamp.\n", "Walk through the Q2 roadmap.\n")
      .replace("- Robin: runs two data centres\n\n", "")
      .replace("- Ship the pilot in April\n\n", "")
      .replace("Roadmap, Pilot\n\n", ""),
  },
];

describe("updateMeetingNote", () => {
  it.each(CASES)("$name", ({ before, recap, after, kept }) => {
    const result = updateMeetingNote(before, recap, OPTIONS);
    expect(result.after).toBe(after);
    expect(result.kept).toEqual(kept ?? []);
  });

  it("gives back the very same string when there is nothing to add", () => {
    expect(updateMeetingNote(FILLED, RECAP, OPTIONS).after).toBe(FILLED);
  });

  it("refuses a note whose frontmatter does not parse, and one with a list it cannot add to", () => {
    expect(() => updateMeetingNote("---\nattendees: [\n---\n# Sync\n", RECAP, OPTIONS)).toThrow();
    expect(() => updateMeetingNote("---\nattendees:\n  lead: Robin\n---\n# Sync\n", RECAP, OPTIONS)).toThrow(/attendees/);
  });
});

describe("updateMeetingNote: items that start like Markdown marks (found by npm run fuzz)", () => {
  it.each([
    ["a decision `- -`, which unescaped would be a `- - -` rule", "*Last updated: *", { decisions: ["- -"] }, "## Decisions\n\n- \\- -\n\n*Last updated: 2026-03-12*"],
    ["a topic `1. pilot` under bulleted topics, which unescaped would be a nested list", "## Topics\n- [x] Book the room", { topics: ["1. pilot"] }, "## Topics\n- [x] Book the room\n- 1\\. pilot"],
  ])("%s: written escaped, and merged again it changes nothing", (_name, before, part, after) => {
    const recap: Recap = { ...emptyRecap(), date: "2026-03-12", title: "Roadmap review", ...part };
    const once = updateMeetingNote(before, recap, OPTIONS).after;
    expect(once).toBe(after);
    expect(updateMeetingNote(once, recap, OPTIONS).after).toBe(once);
  });
});
