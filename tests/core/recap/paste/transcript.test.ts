import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

const RECAP = ["Summary", "We scoped the pilot.", "", "Next steps", "- Dana will send the deck"];
const EXPECTED = { summary: "We scoped the pilot.", actions: [{ text: "Send the deck", owner: "Dana", due: null }], facts: [], topics: [] };

describe("an appended transcript is dropped", () => {
  const transcripts: Array<[string, string[]]> = [
    ["a Transcript heading", ["Transcript", "Dana: Hello everyone.", "Sam: Hi. Action items: none."]],
    ["a Markdown Transcript heading, Granola's bold speakers", ["## Transcript", "", "**Me:** Yo.", "", "**Other:** Hey, next steps are clear."]],
    ["stamped turns", ["00:01:23 Dana Okafor: Let's start.", "00:01:30 Sam Reyes: Sure, summary first."]],
    ["bracketed stamps", ["[00:00:03] Dana Okafor: Hello.", "[00:00:09] Sam: Hi."]],
    ["speaker lines, words below (Otter, Teams)", ["Dana Okafor  0:04", "Okay, everyone's here.", "", "Sam Reyes  0:12", "Sure."]],
    ["numbered speakers", ["Speaker 1 (00:00)", "Thanks for joining.", "Speaker 2 (00:09)", "Happy to be here."]],
    ["a stamp before the speaker (Fathom)", ["0:00 - Dana Okafor (Northwind)", "  Thanks for joining.", "", "0:41 - Sam Reyes", "  Sure."]],
    ["WebVTT", ["WEBVTT", "", "00:00:01.000 --> 00:00:04.000", "<v Dana>Hello.</v>"]],
    ["Gemini's transcript tab", ["📖 Transcript", "Mar 4, 2026", "Pilot scoping - Transcript", "00:00:00", "", "Dana Okafor: Hello."]],
  ];

  it.each(transcripts)("%s, after the recap", (_name, transcript) => {
    expect(parsePastedRecap([...RECAP, "", ...transcript].join("\n"))).toMatchObject(EXPECTED);
  });

  it.each(transcripts)("%s, before the recap", (_name, transcript) => {
    expect(parsePastedRecap([...transcript, "", ...RECAP].join("\n"))).toMatchObject(EXPECTED);
  });

  it("a topic heading with a timestamp over its bullets is not a turn", () => {
    const read = parsePastedRecap(["Outline", "Pilot Scope (00:02)", "- Two clusters.", "Cluster Sizing (05:10)", "- Twelve nodes."].join("\n"));
    expect(read).toMatchObject({ topics: ["Pilot Scope", "Cluster Sizing"], facts: ["Two clusters.", "Twelve nodes."] });
  });
});

describe("a follow-up email", () => {
  it("greeting, sign-off, signature and quoted thread go", () => {
    const read = parsePastedRecap(
      [
        "Hi team,",
        "",
        "Quick notes from today's standup.",
        "",
        "Next steps:",
        "* Mia to fix the login bug",
        "",
        "Cheers,",
        "Mia Rossi",
        "Staff Engineer | Acme",
        "",
        "On Mon, Mar 30, 2026 at 9:02 AM Tom Baker <tom@acme.example> wrote:",
        "> Next steps: deploy it.",
      ].join("\n"),
    );
    expect(read).toMatchObject({ summary: "Quick notes from today's standup.", actions: [{ text: "Fix the login bug", owner: "Mia", due: null }] });
  });

  it("'--' starts the signature", () => {
    const read = parsePastedRecap(["Hello all,", "", "Next steps", "- Tom will deploy to staging", "", "--", "Tom Baker", "Sent from my iPhone"].join("\n"));
    expect(read.actions).toEqual([{ text: "Deploy to staging", owner: "Tom", due: null }]);
  });

  it("text that is not an email keeps a 'Thanks' line", () => {
    const read = parsePastedRecap(["Notes", "- Budget approved.", "Thanks!", "- Legal signed."].join("\n"));
    expect(read.facts).toEqual(["Budget approved.", "Thanks!", "Legal signed."]);
  });
});

/** Lines tools write, to build texts of any shape from. */
const LINES = [
  "Meeting summary for Sync (03/04/2026)", "Quick recap", "Next steps", "Summary", "Key takeaways", "Decisions", "Keywords",
  "Attendees: Dana Okafor, Sam Reyes, Conference Room 4B", "Invited Dana Okafor Sam Reyes", "Date: March 4, 2026", "Subject: Re: Sync",
  "Dana will send the deck by Friday.", "- Sam to book the room tomorrow", "* [Dana Okafor] Deck: Send the deck.", "**Sam Reyes**",
  "1. Priya: review the MSA by March 10", "- [ ] @Dana follow up next week", "Cluster Sizing", "The team agreed on two clusters [1].",
  "[Pilot covers two clusters](https://fathom.video/share/x?timestamp=12)", "00:01:23 Dana: hi", "Speaker 1 (00:00)", "Transcript",
  "Hi all,", "Best,", "| Task | Owner | Due |", "| Send the deck | Dana | Friday |", "## Topics", "### Pilot scope", "  - nested note",
  "pilot, spark, retention", "", "", "📋 Results (00:00 - 05:10)", "Mar 4 2026 · 45 min", "AI-generated content may be incorrect",
];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("any text", () => {
  it("reads without throwing, into a well-formed recap, the same with CRLF", () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...LINES), { maxLength: 25 }).map((lines) => lines.join("\n")),
      fc.string({ maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(null, "2026-03-04"), (source, meetingDate) => {
        const read = parsePastedRecap(source, { meetingDate });
        if (read.date !== null) expect(read.date).toMatch(ISO);
        if (meetingDate) expect(read.date).toBe(meetingDate);
        expect(read.summary).not.toMatch(/\n|^\s*[-*•]\s/);
        for (const action of read.actions) {
          expect(action.text).not.toBe("");
          if (action.due !== null) expect(action.due).toMatch(ISO);
        }
        for (const name of read.attendees) expect(name).not.toMatch(/\b(?:room|conference)\b|no-?reply@/i);
        expect(parsePastedRecap(source.replace(/\n/g, "\r\n"), { meetingDate })).toEqual(read);
      }),
      { numRuns: 300 },
    );
  });
});
