import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyRecap, nameKey, type Recap } from "../../../src/core";
import { mentionedApart, mergeRecaps, readPastedText, readTranscriptFile } from "../../../src/plugin/recap/recap-reading";
import { fuzzRuns } from "../../support/fuzz-runs";

/** What the form makes of a reader's result: Paste recap's text or a transcript, and the form's recap merged with it. */

const recap = (fields: Partial<Recap>): Recap => ({ ...emptyRecap(), ...fields });
const ME = { knownPeople: ["Dana Okafor", "Priya Raman"], me: { names: ["Kai Moreau"], emails: ["kai@kith.example"] } };

describe("readPastedText", () => {
  const cases: Array<{ name: string; text: string; date: string; want: Partial<Recap>; warnings: string[]; unnamedSpeakers: string[] }> = [
    {
      name: "a meeting tool's prose: you left out, one of your people only talked about is mentioned",
      text: "Sync\n\nAttendees: Dana Okafor, Kai Moreau\n\nNotes\n- The quote goes to Priya Raman's team first.",
      date: "2026-03-12",
      want: { date: "2026-03-12", title: "Sync", attendees: ["Dana Okafor"], mentioned: ["Priya Raman"] },
      warnings: [],
      unnamedSpeakers: [],
    },
    {
      name: "prose without a date and a form without one: no date",
      text: "Attendees: Dana Okafor\n\nSummary\nFine.",
      date: "",
      want: { date: null, title: "", attendees: ["Dana Okafor"] },
      warnings: [],
      unnamedSpeakers: [],
    },
    {
      name: "a pasted Otter transcript: speakers attend, Speaker 1 is asked for, not warned of twice; no link (no file)",
      text: "Dana Okafor  0:03\nHello.\n\nSpeaker 1  0:09\nHi.\n\nSam Reyes  0:15\nLet's start.\n",
      date: "2026-03-10",
      want: { date: "2026-03-10", title: "", attendees: ["Dana Okafor", "Sam Reyes"] },
      warnings: [],
      unnamedSpeakers: ["Speaker 1"],
    },
    {
      name: "a pasted WebVTT with no speakers: the warning stays",
      text: "WEBVTT\n\n00:00.000 --> 00:03.500\nThanks for joining.\n",
      date: "2026-03-10",
      want: { date: "2026-03-10", title: "", attendees: [] },
      warnings: ["The transcript names no speakers: add the attendees."],
      unnamedSpeakers: [],
    },
  ];
  it.each(cases)("$name", ({ text, date, want, warnings, unnamedSpeakers }) => {
    const read = readPastedText(text, date, ME);
    const { date: d, title, attendees, mentioned, transcript } = read.recap;
    expect({ date: d, title, attendees, mentioned, transcript }).toEqual({ mentioned: undefined, transcript: undefined, ...want });
    expect({ warnings: read.warnings, unnamedSpeakers: read.unnamedSpeakers }).toEqual({ warnings, unnamedSpeakers });
  });
});

describe("readTranscriptFile", () => {
  it("links the file, takes the date and title from its name unless the form has a title, and asks who the generic speakers were", () => {
    const text = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Priya Raman>Hello.</v>\n\n00:02.000 --> 00:04.000\n<v Unknown Speaker>Hi.</v>\n";
    const file = { name: "2026-03-05 Pilot kickoff.vtt", path: "Transcripts/2026-03-05 Pilot kickoff.vtt" };
    const read = readTranscriptFile(text, file, "");
    expect(read?.recap).toEqual(recap({ date: "2026-03-05", title: "Pilot kickoff", attendees: ["Priya Raman"], transcript: "Transcripts/2026-03-05 Pilot kickoff.vtt" }));
    expect(read?.unnamedSpeakers).toEqual(["Unknown Speaker"]);
    expect(read?.warnings).toEqual([]);
    expect(readTranscriptFile(text, file, "Kickoff with Contoso")?.recap.title).toBe("Kickoff with Contoso");
  });

  it("is null for a text that is no transcript", () => {
    expect(readTranscriptFile("buy milk\n", { name: "todo.txt", path: "todo.txt" }, "")).toBeNull();
  });
});

describe("mergeRecaps", () => {
  const form = recap({
    date: "2026-03-12",
    title: "Roadmap review",
    attendees: ["Dana Okafor", "Teodor Vasilescu"],
    emails: { "Teodor Vasilescu": "teodor@partner.example" },
    summary: "Agenda: the roadmap.",
    facts: ["Budget is fixed."],
  });
  const cases: Array<{ name: string; read: Recap; want: Recap }> = [
    {
      name: "a transcript: speakers join (a first name goes into the full one), the link is added, the rest stays the form's",
      read: recap({ title: "", attendees: ["Dana", "Robin Berg"], transcript: "Transcripts/roadmap.vtt" }),
      want: { ...form, attendees: ["Dana Okafor", "Teodor Vasilescu", "Robin Berg"], transcript: "Transcripts/roadmap.vtt" },
    },
    {
      name: "prose: its title, summary and facts win; someone mentioned who attends is an attendee only",
      read: recap({ date: "2026-03-13", title: "Roadmap", attendees: ["Sam Reyes"], mentioned: ["Teodor Vasilescu", "Hana Sato"], summary: "Reviewed it.", facts: ["Q3 ships SSO."] }),
      want: { ...form, date: "2026-03-13", title: "Roadmap", attendees: ["Dana Okafor", "Teodor Vasilescu", "Sam Reyes"], mentioned: ["Hana Sato"], summary: "Reviewed it.", facts: ["Q3 ships SSO."] },
    },
    {
      name: "emails of both, the reader's over the form's for the same name",
      read: recap({ attendees: ["Teodor Vasilescu"], emails: { "Teodor Vasilescu": "teodor@other.example", "Ravi Shah": "ravi@x.example" } }),
      want: { ...form, emails: { "Teodor Vasilescu": "teodor@other.example", "Ravi Shah": "ravi@x.example" } },
    },
  ];
  it.each(cases)("$name", ({ read, want }) => {
    expect(mergeRecaps(form, read)).toEqual(want);
  });

  it("never loses an attendee, never lists an attendee as mentioned, and keeps the form's values the reader lacks", () => {
    const name = fc.constantFrom("Dana Okafor", "Dana", "dana okafor", "Sam Reyes", "Sam", "Priya Raman", "Hana Sato", "Speaker 1", "Ana Souza", "Ana Lúcia Ferreira");
    const side = fc.record({ attendees: fc.array(name, { maxLength: 5 }), mentioned: fc.array(name, { maxLength: 3 }), title: fc.constantFrom("", "Sync"), summary: fc.constantFrom("", "Fine.") });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const mine = recap(a);
        const theirs = recap(b);
        const merged = mergeRecaps(mine, theirs);
        const keys = merged.attendees.map(nameKey);
        // Each attendee of either is kept, by their name or inside a fuller name of one person.
        for (const attendee of [...a.attendees, ...b.attendees]) {
          const key = nameKey(attendee);
          expect(keys.some((k) => k === key || k.split(" ").includes(key))).toBe(true);
        }
        for (const m of merged.mentioned ?? []) expect(keys).not.toContain(nameKey(m));
        expect(merged.title).toBe(b.title === "" ? a.title : b.title);
        expect(merged.summary).toBe(b.summary === "" ? a.summary : b.summary);
        expect(mentionedApart(merged.mentioned ?? [], merged.attendees)).toEqual(merged.mentioned ?? []);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
