import { describe, expect, it } from "vitest";
import { attendeeName, readAttendees } from "../../../../src/core/recap/paste/attendees";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

const read = (chunk: string, known: string[] = []): string[] => readAttendees([chunk], new Set(known));

describe("readAttendees: lists as tools write them", () => {
  const cases: Array<{ name: string; chunk: string; known?: string[]; attendees: string[] }> = [
    { name: "a comma list", chunk: "Dana Okafor, Sam Reyes, Priya Natarajan", attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"] },
    { name: "a semicolon list", chunk: "Dana Okafor; Sam Reyes", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "and / &", chunk: "Dana Okafor, Sam Reyes and Priya Natarajan & Mei Chen", attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan", "Mei Chen"] },
    { name: "mail headers with names", chunk: "Dana Okafor <dana@northwind.example>, Sam Reyes <sam@acme.example>", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "a quoted display name keeps its comma", chunk: '"Okafor, Dana" <dana@northwind.example>; sam@acme.example', attendees: ["Okafor, Dana", "sam@acme.example"] },
    { name: "an email in parentheses", chunk: "Mei Chen (mei.chen@acme.example), Ravi Shah", attendees: ["Mei Chen", "Ravi Shah"] },
    { name: "bare emails stay emails", chunk: "dana.okafor@northwind.example, sam@acme.example", attendees: ["dana.okafor@northwind.example", "sam@acme.example"] },
    { name: "emails separated by spaces", chunk: "dana@northwind.example sam@acme.example", attendees: ["dana@northwind.example", "sam@acme.example"] },
    { name: "a role in parentheses goes", chunk: "Dana Okafor (Organizer), Sam Reyes (Northwind)", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "tab-separated", chunk: "Dana Okafor\tSam Reyes", attendees: ["Dana Okafor", "Sam Reyes"] },
    { name: "calendar chips as mailto links", chunk: "[Mei Chen](mailto:mei@acme.example) [Jonas Berg](mailto:jonas@bluefin.example)", attendees: ["Mei Chen", "Jonas Berg"] },
    { name: "wikilinks", chunk: "[[Dana Okafor]], [[Sam Reyes|Sam]]", attendees: ["Dana Okafor", "Sam"] },
    { name: "YAML-style brackets", chunk: "[Alice Moss, Bob Lang]", attendees: ["Alice Moss", "Bob Lang"] },
    {
      name: "names pasted with spaces only, split on names the text spells out",
      chunk: "Mary Ann Lee Dana Okafor Sam Reyes",
      known: ["Mary Ann Lee", "Dana Okafor"],
      attendees: ["Mary Ann Lee", "Dana Okafor", "Sam Reyes"],
    },
    { name: "names pasted with spaces only, two words a name", chunk: "Lucia Moreno Kenji Watanabe Aisha Bello", attendees: ["Lucia Moreno", "Kenji Watanabe", "Aisha Bello"] },
    { name: "each once", chunk: "Dana Okafor, dana okafor, DANA@x.example, dana@x.example", attendees: ["Dana Okafor", "DANA@x.example"] },
  ];
  it.each(cases)("$name", ({ chunk, known, attendees }) => {
    expect(read(chunk, known)).toEqual(attendees);
  });
});

describe("meeting rooms, no-reply senders and note-taking bots are not attendees", () => {
  it.each([
    "Conference Room 4B",
    "Zoom Room Atlas",
    "Room 101",
    "Boardroom",
    "Harbour Conference",
    "conf-harbour-4@resource.calendar.google.com",
    "Design Room 2 <design-room-2@resource.calendar.google.com>",
    "room-4b@northwind.example",
    "noreply@zoom.us",
    "no-reply@calendar.acme.example",
    "noreply-calendar@google.com",
    "notifications@bluefin.example",
    "Calendar <do-not-reply@acme.example>",
    "Fireflies.ai Notetaker",
    "fred@fireflies.ai",
    "Otter.ai",
    "Dana's Notetaker (Otter.ai)",
    "Zoom AI Companion",
  ])("%s", (entry) => {
    expect(attendeeName(entry)).toBeNull();
  });

  it("a room between people, pasted with spaces only", () => {
    expect(read("Dana Okafor Sam Reyes Conference Room 4B", ["Dana Okafor", "Sam Reyes"])).toEqual(["Dana Okafor", "Sam Reyes"]);
  });

  it("a person whose name holds 'room' letters is kept", () => {
    expect(attendeeName("Anna Broome")).toBe("Anna Broome");
  });
});

describe("attendees in a pasted recap", () => {
  it("from a Participants line, a list section, and mail headers, in order", () => {
    const text = [
      "From: Priya Natarajan <priya@acme.example>",
      "To: Dana Okafor <dana@northwind.example>; no-reply@acme.example",
      "Subject: Recap",
      "",
      "Participants",
      "- Sam Reyes",
      "- Dana Okafor",
      "- Harbour Room",
      "",
      "Summary",
      "Fine.",
    ].join("\n");
    expect(parsePastedRecap(text).attendees).toEqual(["Priya Natarajan", "Dana Okafor", "Sam Reyes"]);
  });

  it("an unlabelled list of full names next to the date", () => {
    expect(parsePastedRecap("# Weekly\n\nTue, Apr 7, 2026 · Mei Chen, Jonas Berg\n\n### Notes\n- Fine").attendees).toEqual(["Mei Chen", "Jonas Berg"]);
  });

  it("a Gemini 'Invited' row without separators", () => {
    const read = parsePastedRecap("Mar 9, 2026\nQBR\nInvited Lucia Moreno Kenji Watanabe Aisha Bello Zoom Room Atlas\n\nSummary\nLucia Moreno opened.");
    expect(read.attendees).toEqual(["Lucia Moreno", "Kenji Watanabe", "Aisha Bello"]);
  });
});
