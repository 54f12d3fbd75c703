import { describe, expect, it } from "vitest";
import { cleanTitle } from "../../../../src/core/recap/paste/header";
import { kindOf, type Kind } from "../../../../src/core/recap/paste/labels";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

describe("kindOf: headings map to fields by their words", () => {
  const cases: Array<[Kind | null, string[]]> = [
    ["facts", ["Key takeaways", "Highlights", "Notes", "Key points", "Meeting notes", "Details", "Outline", "Discussion points", "Open questions"]],
    ["actions", ["Next steps", "Action items", "Follow-ups", "Follow-up tasks", "To-dos", "TODOs", "Suggested next steps", "Action Items (3)", "📋 ACTION ITEMS", "Tasks"]],
    ["decisions", ["Decisions", "Key decisions", "Agreed", "Decisions made", "Agreements"]],
    ["summary", ["Summary", "Overview", "Quick recap", "Recap", "Meeting summary", "TL;DR", "Meeting Purpose", "Summary of the meeting", "Gist"]],
    ["topics", ["Keywords", "Topics", "SUMMARY KEYWORDS", "Topics discussed", "Agenda", "Chapters"]],
    ["attendees", ["Attendees", "Participants", "Invited", "Speakers", "Invitees", "Present"]],
    ["transcript", ["Transcript", "📖 Transcript", "Full transcript", "Verbatim transcript"]],
    ["ignore", ["Attachments", "Meeting records", "Mentions", "Recording"]],
    [null, ["Pilot scope", "Notes by Gemini", "Next steps for the pilot team and the data platform owners", "Budget", "Dana Okafor"]],
  ];
  it.each(cases.flatMap(([kind, labels]) => labels.map((label) => [label, kind] as const)))("%s → %s", (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });
  it("in any heading form", () => {
    for (const heading of ["## Next steps", "**Next steps**", "NEXT STEPS", "Next steps:", "### ✅ Next Steps", "__Next steps:__"]) {
      expect(parsePastedRecap(`${heading}\n- Dana will send the deck`).actions, heading).toEqual([{ text: "Send the deck", owner: "Dana", due: null }]);
    }
  });
  it("or as a label before its content", () => {
    const read = parsePastedRecap("Summary: We scoped the pilot.\nDecisions: Two clusters.\nNext steps: Dana will send the deck.\nKeywords: pilot, Spark");
    expect(read.summary).toBe("We scoped the pilot.");
    expect(read.decisions).toEqual(["Two clusters."]);
    expect(read.actions).toEqual([{ text: "Send the deck", owner: "Dana", due: null }]);
    expect(read.topics).toEqual(["pilot", "Spark"]);
  });
});

describe("the title", () => {
  const cases: Array<[string, string]> = [
    ["Meeting summary for Pilot scoping (03/04/2026)", "Pilot scoping"],
    ["Notes from Pilot scoping", "Pilot scoping"],
    ["Notes from today's call", "Today's call"],
    ["Re: Fwd: Recap: Pilot scoping", "Pilot scoping"],
    ["[External] Pilot scoping", "Pilot scoping"],
    ["Pilot scoping - 2026/03/04 10:00 PST - Notes by Gemini", "Pilot scoping"],
    ["Bluefin QBR - April 28, 2026", "Bluefin QBR"],
    ["Weekly 1:1 — Wednesday, March 4", "Weekly 1:1"],
    ["📝 Pilot scoping", "Pilot scoping"],
    ["Pilot scoping – Meeting notes", "Pilot scoping"],
    ["Acme - Bluefin sync", "Acme - Bluefin sync"],
    ["iOS roadmap review", "iOS roadmap review"],
  ];
  it.each(cases)("%s → %s", (text, title) => {
    expect(cleanTitle(text)).toBe(title);
  });

  it.each([
    ["a # heading", "Intro line\n\n# Pilot scoping\n\n## Notes\n- Fine", "Pilot scoping"],
    ["a Subject line", "Subject: Recap: Pilot scoping\n\nHi all,\n\nNext steps\n- Fine", "Pilot scoping"],
    ["a Meeting line", "**Meeting: Pilot scoping**\n**Date:** March 4, 2026\n\n**Summary**\nFine.", "Pilot scoping"],
    ["the tool's first line", "Mar 4, 2026\nPilot scoping\nInvited Dana Okafor Sam Reyes\n\nSummary\nFine.", "Pilot scoping"],
    ["no title at all", "Summary\nFine.", ""],
  ])("from %s", (_name, text, title) => {
    expect(parsePastedRecap(text).title).toBe(title);
  });

  it("tool boilerplate lines are not read", () => {
    const read = parsePastedRecap(
      ["AI-generated content may be incorrect", "Pilot scoping", "", "Summary", "Fine.", "", "You should review Gemini's notes to make sure they're accurate.", "Please rate the accuracy of this summary."].join("\n"),
    );
    expect(read).toMatchObject({ title: "Pilot scoping", summary: "Fine.", facts: [] });
  });
});

describe("the summary is one paragraph", () => {
  it("lines, paragraphs and bullets joined, each a sentence", () => {
    const read = parsePastedRecap(["Overview", "- The pilot met its target", "- Legal approved retention.", "", "The team", "will plan the rollout."].join("\n"));
    expect(read.summary).toBe("The pilot met its target. Legal approved retention. The team will plan the rollout.");
  });

  it("a summary with topic headings is per-topic notes; the headings are topics", () => {
    const read = parsePastedRecap(
      ["Quick recap", "We scoped the pilot.", "", "Summary", "Cluster Sizing", "Dana wants two clusters.", "", "Data Retention", "Logs go after 30 days."].join("\n"),
    );
    expect(read).toMatchObject({
      summary: "We scoped the pilot.",
      facts: ["Dana wants two clusters.", "Logs go after 30 days."],
      topics: ["Cluster Sizing", "Data Retention"],
    });
  });
});

describe("topics", () => {
  it("an explicit Topics or Keywords list wins over headings", () => {
    const read = parsePastedRecap(["Keywords", "pilot, Spark jobs; retention", "", "Outline", "Pilot scope", "- Two clusters."].join("\n"));
    expect(read.topics).toEqual(["pilot", "Spark jobs", "retention"]);
    expect(read.facts).toEqual(["Two clusters."]);
  });

  it("headings that name no field are topics, their bullets facts", () => {
    const read = parsePastedRecap(["# Sync", "", "### Pilot scope", "- Two clusters, real Spark jobs", "  - Reporting cluster first", "", "### Budget", "- Approved"].join("\n"));
    expect(read).toMatchObject({ topics: ["Pilot scope", "Budget"], facts: ["Two clusters, real Spark jobs", "Reporting cluster first", "Approved"] });
  });

  it("a short bullet over sub-bullets is their topic", () => {
    const read = parsePastedRecap(["Outline", "- Cluster sizing", "  - Staging has 12 nodes.", "- Retention:", "  - Logs go after 30 days."].join("\n"));
    expect(read).toMatchObject({ topics: ["Cluster sizing", "Retention"], facts: ["Staging has 12 nodes.", "Logs go after 30 days."] });
  });

  it("a note's label is its topic, unless it names an attendee", () => {
    const read = parsePastedRecap(["Attendees: Dana Okafor", "", "Details", "* Cluster sizing: Dana wants two clusters.", "* Dana: prefers email.", "* Risk: legal may slip."].join("\n"));
    expect(read.topics).toEqual(["Cluster sizing"]);
  });
});

describe("decisions", () => {
  it("group headings inside decisions only group", () => {
    const read = parsePastedRecap(["Decisions", "ALIGNED", "- Two clusters: staging and reporting.", "NEEDS FURTHER DISCUSSION", "- Retention period."].join("\n"));
    expect(read.decisions).toEqual(["Two clusters: staging and reporting.", "Retention period."]);
  });
});
