/**
 * Transcripts as the tools export them, on our own fixtures (tests/fixtures/transcripts) written
 * in each tool's shape: Zoom's cloud-recording .transcript.vtt (numbered cues, `Name: text`),
 * Teams' .vtt (`<guid>/N-N` cue ids, `<v Name>` voice tags, CRLF), Meet-style captions
 * (`Name: text` cues, no hours, a NOTE block), SRT, and Otter's .txt (`Name  0:03` headers).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyRecap, readMeetingNote, renderMeetingNote } from "../../../../src/core";
import { dateFromFileName, readTranscript, recapFromTranscript, titleFromFileName } from "../../../../src/core/recap/transcript";

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/transcripts/${name}`, import.meta.url), "utf8");

describe("readTranscript: who spoke, in each tool's shape", () => {
  it.each([
    { file: "GMT20260303-090000_Recording.transcript.vtt", format: "webvtt", speakers: ["Dana Okafor", "Teodor Vasilescu", "Robin Berg"] },
    { file: "Capacity planning.vtt", format: "webvtt", speakers: ["Priya Raman", "Sam Reyes", "Unknown Speaker"] },
    { file: "2026-03-05 Pilot kickoff.vtt", format: "webvtt", speakers: ["Ana Lima", "Speaker 2"] },
    { file: "Design review.srt", format: "srt", speakers: ["Jo Park", "Tomás Núñez"] },
    { file: "20260310 1400 - Northwind weekly.txt", format: "plain", speakers: ["Dana Okafor", "Speaker 1", "Sam Reyes"] },
  ])("$file", ({ file, format, speakers }) => {
    expect(readTranscript(fixture(file))).toEqual({ format, speakers });
  });

  it.each([
    { shape: "a BOM before WEBVTT", text: "\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hi.</v>", speakers: ["Dana"] },
    { shape: "a voice tag with a class", text: "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Dana Okafor>Hi!", speakers: ["Dana Okafor"] },
    { shape: "cue settings after the timing", text: "WEBVTT\n\n00:01.000 --> 00:02.000 align:start position:10%\nSam Reyes: Hi.", speakers: ["Sam Reyes"] },
    { shape: "a label is not a speaker", text: "WEBVTT\n\n00:01.000 --> 00:02.000\nAction items: none.\n\n00:02.000 --> 00:03.000\nNext steps: ship.", speakers: [] },
    { shape: "the same speaker in other case, once", text: "WEBVTT\n\n00:01.000 --> 00:02.000\nDana Okafor: a\n\n00:02.000 --> 00:03.000\nDANA OKAFOR: b", speakers: ["Dana Okafor"] },
    { shape: "stamped turns", text: "00:01:23 Dana Okafor: Let's start.\n00:01:30 Sam Reyes: Sure.", speakers: ["Dana Okafor", "Sam Reyes"] },
    { shape: "bracketed stamps", text: "[00:00:03] Dana Okafor: Hello.\n[00:00:09] Sam: Hi.", speakers: ["Dana Okafor", "Sam"] },
    { shape: "numbered speakers with stamps in parentheses", text: "Speaker 1 (00:00)\nThanks for joining.\nSpeaker 2 (00:09)\nHappy to be here.", speakers: ["Speaker 1", "Speaker 2"] },
    { shape: "a tab before the stamp", text: "Dana Okafor\t0:03\nHi.\n\nSam Reyes\t0:09\nHello.", speakers: ["Dana Okafor", "Sam Reyes"] },
  ])("$shape", ({ text, speakers }) => {
    expect(readTranscript(text)?.speakers).toEqual(speakers);
  });

  it.each([
    { shape: "a meeting tool's summary", text: "Summary\nWe scoped the pilot.\n\nNext steps\n- Dana will send the deck" },
    { shape: "a summary with a transcript appended (Paste recap's)", text: "Summary\nWe scoped the pilot.\n\nTranscript\nDana Okafor  0:03\nHi.\nSam Reyes  0:09\nHello." },
    { shape: "one stamped line", text: "Dana Okafor  0:03\nOkay." },
    { shape: "a sentence ending in a time", text: "We met at  10:30\nThen lunch  12:00" },
    { shape: "empty", text: "" },
  ])("not a transcript: $shape", ({ text }) => {
    expect(readTranscript(text)).toBeNull();
  });

  it("reads any text without throwing; speakers are distinct", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom("", "WEBVTT\n\n", "1\n00:00:01,000 --> 00:00:02,000\n"), (text, head) => {
        const read = readTranscript(head + text);
        if (read) expect(new Set(read.speakers.map((s) => s.toLowerCase())).size).toBe(read.speakers.length);
      }),
    );
  });
});

describe("a transcript as a recap", () => {
  it.each([
    { file: "GMT20260303-090000_Recording.transcript.vtt", date: "2026-03-03", title: "GMT20260303-090000_Recording" },
    { file: "20260310 1400 - Northwind weekly.txt", date: "2026-03-10", title: "Northwind weekly" },
    { file: "2026-03-05 Pilot kickoff.vtt", date: "2026-03-05", title: "Pilot kickoff" },
    { file: "2026-03-05 10.00.00 Data sync.vtt", date: "2026-03-05", title: "Data sync" },
    { file: "Capacity planning.vtt", date: null, title: "Capacity planning" },
    { file: "20261340 Not a date.txt", date: null, title: "Not a date" },
  ])("the file name gives $file date $date and title $title", ({ file, date, title }) => {
    expect(dateFromFileName(file)).toBe(date);
    expect(titleFromFileName(file)).toBe(title);
  });

  it("named speakers are the attendees; an unnamed one is a warning; nothing said is taken", () => {
    const transcript = readTranscript(fixture("20260310 1400 - Northwind weekly.txt"));
    if (!transcript) throw new Error("not read");
    expect(recapFromTranscript(transcript, { fileName: "20260310 1400 - Northwind weekly.txt", link: "Transcripts/20260310 1400 - Northwind weekly.txt" })).toEqual({
      ...emptyRecap(),
      date: "2026-03-10",
      title: "Northwind weekly",
      attendees: ["Dana Okafor", "Sam Reyes"],
      transcript: "Transcripts/20260310 1400 - Northwind weekly.txt",
      warnings: ['The transcript does not name "Speaker 1": add who it was to the attendees.'],
    });
  });

  it("a date and title given win over the file name's", () => {
    const recap = recapFromTranscript({ format: "webvtt", speakers: [] }, { fileName: "2026-03-05 Pilot.vtt", link: "x.vtt", date: "2026-03-06", title: "Kickoff" });
    expect([recap.date, recap.title, recap.warnings]).toEqual(["2026-03-06", "Kickoff", ["The transcript names no speakers: add the attendees."]]);
  });
});

describe("the meeting note links to its transcript", () => {
  const recap = { ...emptyRecap(), date: "2026-03-10", title: "Northwind weekly", attendees: ["Dana Okafor"] };
  it.each([
    { where: "a vault path, as a link", transcript: "Transcripts/20260310 1400 - Northwind weekly.txt", line: "transcript: '[[Transcripts/20260310 1400 - Northwind weekly.txt]]'" },
    { where: "a path outside the vault, as written", transcript: "/home/robin/Downloads/weekly.vtt", line: "transcript: /home/robin/Downloads/weekly.vtt" },
  ])("$where", ({ transcript, line }) => {
    const text = renderMeetingNote({ ...recap, transcript });
    expect(text.split("\n")).toContain(line);
    expect(readMeetingNote(text, "Meetings/2026-03-10 - Northwind weekly.md")).toEqual({ ...recap, transcript });
  });

  it("reads an aliased link's target", () => {
    const text = "---\ntype: meeting\ndate: 2026-03-10\nattendees: [Dana Okafor]\ntranscript: \"[[Transcripts/w.vtt|the transcript]]\"\n---\n";
    expect(readMeetingNote(text, "Meetings/x.md").transcript).toBe("Transcripts/w.vtt");
  });
});
