import { describe, expect, it } from "vitest";
import { parsePastedRecap, type PasteOptions } from "../../../../src/core/recap/paste";
import { decisionOf, takeDecisions } from "../../../../src/core/recap/paste/decision-sentences";

/** The fields a rule is about, from a short pasted text. */
function people(text: string, options?: PasteOptions): { attendees: string[]; mentioned: string[]; warnings: string[] } {
  const read = parsePastedRecap(text, options);
  return { attendees: read.attendees, mentioned: read.mentioned ?? [], warnings: read.warnings };
}

describe("attended versus mentioned", () => {
  const ME = { names: ["Kai Moreau"], emails: ["kai@kith.example"] };
  const cases: Array<{ name: string; text: string; options?: PasteOptions; attendees: string[]; mentioned?: string[]; warnings?: string[] }> = [
    { name: "Attended wins over Invited", text: "Attended: Dana Okafor\nInvited: Dana Okafor, Sam Reyes\n\nSummary\nFine.", attendees: ["Dana Okafor"] },
    { name: "Invited alone is who attended", text: "Invited: Dana Okafor, Sam Reyes\n\nSummary\nFine.", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "me, I and myself are never attendees", text: "Attendees: Dana Okafor, me, Myself, I\n\nSummary\nFine.", attendees: ["Dana Okafor"] },
    {
      name: "the user by name or by email is never an attendee",
      text: "Attendees: Dana Okafor, Kai Moreau, K. M. <kai@kith.example>\n\nSummary\nFine.",
      options: { me: ME },
      attendees: ["Dana Okafor"],
    },
    { name: "full names who act in the prose attend", text: "Summary\nDana Okafor and Sam Reyes reviewed the plan.", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "a name after a sentence's end is its own", text: "Summary\nThe pilot starts in April. Sam Reyes explained why.", attendees: ["Sam Reyes"] },
    { name: "a first name alone introduces no one", text: "Summary\nDana reviewed the plan.", attendees: [] },
    {
      name: "a company or a team is no one",
      text: "Summary\nBluefin Labs confirmed the budget. Northwind Legal approved the policy. We should check with Acme Support.",
      attendees: [],
    },
    {
      name: "someone who acts but is not in the list is a warning",
      text: "Attendees: Dana Okafor\n\nSummary\nDana Okafor and Sam Reyes reviewed the plan.",
      attendees: ["Dana Okafor"],
      warnings: ['"Sam Reyes" took part, the text says, but is not in its attendee list: add them if they attended.'],
    },
    {
      name: "someone talked about is mentioned",
      text: "Attendees: Dana Okafor\n\nNotes\n- We should loop in Hana Sato before go-live.\n- Check with Ravi Shah on pricing.",
      attendees: ["Dana Okafor"],
      mentioned: ["Hana Sato", "Ravi Shah"],
    },
    {
      name: "Cc is mentioned; a Cc'd person who acts attends",
      text: "From: Dana Okafor <dana@x.example>\nTo: Sam Reyes <sam@x.example>\nCc: Ravi Shah <ravi@x.example>, Mei Chen <mei@x.example>\nSubject: Recap\n\nHi Sam,\n\nMei Chen presented the numbers.\n\nThanks,\nDana",
      attendees: ["Dana Okafor", "Sam Reyes", "Mei Chen"],
      mentioned: ["Ravi Shah"],
    },
    {
      name: "someone both on To and on Cc attends",
      text: "From: Dana Okafor <dana@x.example>\nTo: Sam Reyes <sam@x.example>\nCc: Sam Reyes <sam@x.example>\nSubject: Recap\n\nHi Sam,\n\nFine.\n\nThanks,\nDana",
      attendees: ["Dana Okafor", "Sam Reyes"],
    },
    {
      name: "a first name means one of your people when exactly one has it",
      text: "Summary\nTeodor explained the budget.",
      options: { knownPeople: ["Teodor Vasilescu", "Dana Okafor"] },
      attendees: ["Teodor Vasilescu"],
      warnings: ['"Teodor" read as Teodor Vasilescu (one of your people): check it.'],
    },
    {
      name: "two of your people with that first name is a warning",
      text: "Summary\nTeodor explained the budget.",
      options: { knownPeople: ["Teodor Vasilescu", "Teodor Popescu"] },
      attendees: [],
      warnings: ['"Teodor" could be Teodor Vasilescu or Teodor Popescu: check who it is.'],
    },
    {
      name: "one of your people named in the text, not acting, is mentioned",
      text: "Attendees: Dana Okafor\n\nNotes\n- The deck goes to Hana Sato's team first.",
      options: { knownPeople: ["Hana Sato"] },
      attendees: ["Dana Okafor"],
      mentioned: ["Hana Sato"],
    },
  ];
  it.each(cases)("$name", ({ text, options, attendees, mentioned = [], warnings = [] }) => {
    expect(people(text, options)).toEqual({ attendees, mentioned, warnings });
  });
});

describe("the writer's tasks", () => {
  const owners = (text: string, options?: PasteOptions): Array<string | null> => parsePastedRecap(text, options).actions.map((a) => a.owner);
  it.each([
    { name: "I is the email's sender", text: "From: Lena Brandt <lena@x.example>\nTo: Jorge Alvarez <jorge@x.example>\nSubject: Recap\n\nNext steps\n- I'll draft the plan.\n- Me and Jorge to review it.", owners: ["Lena Brandt", "Lena Brandt", "Jorge Alvarez"] },
    { name: "with no sender, I is you", text: "Next steps\n- I'll draft the plan.", options: { me: { names: ["Kai Moreau"], emails: [] } }, owners: ["Kai Moreau"] },
    { name: "with no sender and no you, I is no one", text: "Next steps\n- Me and Jorge Alvarez to review it.", owners: ["Jorge Alvarez"] },
  ])("$name", ({ text, options, owners: expected }) => {
    expect(owners(text, options)).toEqual(expected);
  });
});

describe("an email's date", () => {
  const cases: Array<{ name: string; text: string; date: string | null; warnings: string[] }> = [
    {
      name: "Sent: late in the evening, in its own zone: that day, with a warning",
      text: "From: Lena Brandt <lena@x.example>\nSent: Tuesday, 3 March 2026 23:10 +0100\nTo: Jorge Alvarez <jorge@x.example>\nSubject: Recap\n\nNotes\n- Fine.",
      date: "2026-03-03",
      warnings: ['Date "Tuesday, 3 March 2026" is when the email was sent: check it is the meeting\'s date.'],
    },
    {
      name: "Date: just after midnight, in its own zone: that day, with a warning",
      text: "Date: Wed, 4 Mar 2026 00:10:00 +0100\nFrom: Lena Brandt <lena@x.example>\nTo: Jorge Alvarez <jorge@x.example>\nSubject: Recap\n\nNotes\n- Fine.",
      date: "2026-03-04",
      warnings: ['Date "Wed, 4 Mar 2026" is when the email was sent: check it is the meeting\'s date.'],
    },
    {
      name: "a forwarded invite's When: is the meeting's date, not the sent date",
      text: "From: Lena Brandt <lena@x.example>\nSent: Thursday, 5 March 2026 09:12\nTo: Jorge Alvarez <jorge@x.example>\nSubject: Recap\nWhen: Tuesday, 3 March 2026 16:00-17:00\n\nNotes\n- Fine.",
      date: "2026-03-03",
      warnings: [],
    },
    {
      name: "a subject's date is the meeting's, not the sent date",
      text: "From: Lena Brandt <lena@x.example>\nSent: Thursday, 5 March 2026 09:12\nTo: Jorge Alvarez <jorge@x.example>\nSubject: Recap - depot call - March 3, 2026\n\nNotes\n- Fine.",
      date: "2026-03-03",
      warnings: [],
    },
    { name: "a Date: label outside an email is the meeting's", text: "**Date:** April 2, 2026\n\nNotes\n- Fine.", date: "2026-04-02", warnings: [] },
  ];
  it.each(cases)("$name", ({ text, date, warnings }) => {
    const read = parsePastedRecap(text);
    expect({ date: read.date, warnings: read.warnings }).toEqual({ date, warnings });
  });
});

describe("decisions written as sentences", () => {
  const cases: Array<{ sentence: string; decision: string }> = [
    { sentence: "The group decided that from December the dashboard will be the only source.", decision: "From December the dashboard will be the only source." },
    { sentence: "Invoicing: We agreed that invoices come from the portal.", decision: "Invoices come from the portal." },
    { sentence: "Dana and Sam agreed to pilot on two clusters.", decision: "Dana and Sam agreed to pilot on two clusters." },
    { sentence: "Going forward, prices are announced 30 days ahead.", decision: "Going forward, prices are announced 30 days ahead." },
    { sentence: "They agreed on a plan: SSO first.", decision: "They agreed on a plan: SSO first." },
  ];
  it.each(cases)("$sentence", ({ sentence, decision }) => {
    expect(decisionOf(sentence)).toBe(decision);
    expect(takeDecisions([sentence])).toEqual({ facts: [], decisions: [decision] });
  });

  it("a note keeps its other sentences as a fact", () => {
    expect(takeDecisions(["Dana explained the sizing. The team decided to use real jobs.", "Sam agreed and asked for node types."])).toEqual({
      facts: ["Dana explained the sizing.", "Sam agreed and asked for node types."],
      decisions: ["The team decided to use real jobs."],
    });
  });
});

describe("tool boilerplate is dropped", () => {
  it.each([
    "Gemini can make mistakes, so double-check these notes.",
    "AI-generated content may be incorrect",
    "Generated by AI. Be sure to check for accuracy.",
    "View full recap",
    "You are receiving this email because you attended the meeting.",
    "Manage email preferences",
    "Unsubscribe",
  ])("%s", (line) => {
    expect(parsePastedRecap(`Notes\n- A real fact.\n- ${line}`).facts).toEqual(["A real fact."]);
  });
});
