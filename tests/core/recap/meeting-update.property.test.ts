import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyRecap, listValue, parseFrontmatter, readMeetingNote, renderMeetingNote, type Recap } from "../../../src/core";
import { itemKey } from "../../../src/core/person/bullets";
import { decisionText } from "../../../src/core/person/facts";
import { splitTopics } from "../../../src/core/person/topics";
import { updateMeetingNote, type MeetingUpdateOptions } from "../../../src/core/recap/meeting-update";
import { fuzzRuns } from "../../support/fuzz-runs";

/**
 * A recap merged into any meeting note: every line of the note is still there, in its order,
 * and merging the same recap again changes nothing (a note the merge refuses, for a frontmatter
 * value it cannot add to or an unclosed code block, is left as it is by the caller); a note the
 * calendar started reads back with the recap's items.
 */

const OPTIONS: MeetingUpdateOptions = { today: "2026-03-12", linkTargets: new Map([["Priya Raman", "Priya Raman"]]), handles: new Map([["Priya Raman", "@PriyaRaman"]]) };

const line = fc.constantFrom(
  "# Roadmap review",
  "## Summary",
  "## Overview",
  "## Key Facts",
  "## Notes",
  "## Decisions",
  "## Agreed",
  "## Topics",
  "## Action Items",
  "## Next Steps",
  "## Other",
  "Walk through the roadmap.",
  "pilot budget",
  "Roadmap, Pilot",
  "- Budget is fixed.",
  "- ✅ Ship in April",
  "- [ ] Send the sizing @PriyaRaman",
  "- [x] Book the room",
  "  continued",
  "```",
  "%% hidden %%",
  "<!-- note -->",
  "> quote",
  "*Last updated: *",
  "",
);
const frontmatter = fc.constantFrom(
  "",
  "---\ntype: meeting\n---\n",
  "---\ntype: meeting\nattendees:\n- '[[Priya Raman]]'\n- Robin Berg\n---\n",
  "---\nattendees: [Robin Berg]\nmentioned: Hana Sato\ntranscript: '[[Transcripts/a.vtt]]'\n---\n",
  "---\nattendee_emails:\n  - Robin Berg <robin@partner.example>\n---\n",
  "\uFEFF---\ntype: meeting\n---\n",
);
const note = fc
  .tuple(frontmatter, fc.array(line, { maxLength: 16 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "\n"))
  .map(([fm, lines, eol, end]) => (fm + lines.join("\n") + end).replace(/\n/g, eol));

const WORDS = ["pilot", "budget", "Budget", "roadmap", "Ship", "in", "April", "sizing", "Q3", "3.5", "café", "#", "-", "1.", "Robin:", "fixed."];
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const names = fc.array(fc.constantFrom("Priya Raman", "Robin Berg", "Sam Reyes", "Hana Sato", "robin berg"), { maxLength: 3 });

const recap: fc.Arbitrary<Recap> = fc.record({
  attendees: names,
  mentioned: names,
  summary: words(0, 8),
  facts: fc.array(words(1, 4), { maxLength: 3 }),
  decisions: fc.array(words(1, 4), { maxLength: 3 }),
  topics: fc.array(words(1, 2), { maxLength: 3 }),
  actions: fc.array(fc.record({ text: words(1, 4), owner: fc.constantFrom(null, "Priya Raman", "Robin Berg"), due: fc.constantFrom(null, "2026-03-20") }), { maxLength: 2 }),
  transcript: fc.constantFrom(undefined, "Transcripts/a.vtt", "Transcripts/b.vtt"),
  email: fc.boolean(),
}).map(({ email, transcript, ...r }) => ({
  ...emptyRecap(),
  ...r,
  date: "2026-03-12",
  title: "Roadmap review",
  ...(email ? { emails: { "Robin Berg": "robin@partner.example" } } : {}),
  ...(transcript ? { transcript } : {}),
}));

/** The merged note, or null when the merge refuses the note. */
function merged(text: string, r: Recap): string | null {
  try {
    return updateMeetingNote(text, r, OPTIONS).after;
  } catch {
    return null;
  }
}

/**
 * A list written on its key's line (`attendees: [Robin Berg]`, `mentioned: Hana Sato`): the
 * frontmatter editor adds an item on that line, so it is compared by its items (listsKept).
 */
const ONE_LINE_LIST = /^\uFEFF?(attendees|mentioned|attendee_emails):[ \t]*\S/;
const LIST_KEYS = ["attendees", "mentioned", "attendee_emails"] as const;

/** The footer finishEdit stamps with the edit's date, in a meeting note as in a person note. */
const FOOTER = /^\*Last updated:/;

/** Whether every line of `before` is a line of `after`, in the same order (a one-line list and the footer aside). */
function keepsEveryLine(before: string, after: string): boolean {
  const lines = after.split("\n");
  let at = 0;
  for (const wanted of before.split("\n").filter((l) => !ONE_LINE_LIST.test(l) && !FOOTER.test(l))) {
    while (at < lines.length && lines[at] !== wanted && lines[at] !== `${wanted}\r`) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

/** Whether each list key of the frontmatter still holds every item it held. */
function listsKept(before: string, after: string): boolean {
  const was = parseFrontmatter(before).data;
  const now = parseFrontmatter(after).data;
  return LIST_KEYS.every((key) => listValue(was[key]).every((item) => listValue(now[key]).includes(item)));
}

describe("updateMeetingNote (properties)", () => {
  it("keeps every line of the note, in order, and changes nothing when merged again", () => {
    fc.assert(
      fc.property(note, recap, (text, r) => {
        const after = merged(text, r);
        if (after === null) return;
        expect(keepsEveryLine(text, after)).toBe(true);
        expect(listsKept(text, after)).toBe(true);
        expect(merged(after, r)).toBe(after);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it("a note the calendar started holds the recap afterwards: read back, it has every fact, decision and topic", () => {
    const key = (items: readonly string[]): string[] => [...new Set(items.map(itemKey))].sort();
    fc.assert(
      fc.property(recap, (r) => {
        const started = renderMeetingNote({ ...emptyRecap(), date: r.date, title: r.title, attendees: ["Robin Berg"], summary: "Walk through the roadmap." });
        const read = readMeetingNote(updateMeetingNote(started, r, OPTIONS).after, "Meetings/2026-03-12 - Roadmap review.md");
        expect(key(read.facts)).toEqual(key(r.facts.filter((f) => f.trim() !== "")));
        expect(key(read.decisions)).toEqual(key(r.decisions.filter((d) => d.trim() !== "").map(decisionText)));
        expect(key(read.topics)).toEqual(key(splitTopics(r.topics.join(", "))));
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});
