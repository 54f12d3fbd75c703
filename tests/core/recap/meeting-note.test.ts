import { describe, expect, it } from "vitest";
import { emptyRecap, isMeetingNote, linkText, meetingFileName, readMeetingNote, renderMeetingNote, type Recap } from "../../../src/core";
import { recapFixture } from "../../fixtures/recap/vault";

function meeting(name: string): { path: string; text: string } {
  return { path: `Meetings/${name}.md`, text: recapFixture(`meetings/${name}.md`) };
}

function read(name: string): Recap {
  const { path, text } = meeting(name);
  return readMeetingNote(text, path);
}

describe("readMeetingNote", () => {
  it("a topic that would start a heading is written escaped and read back as it was", () => {
    const recap = { ...emptyRecap(), date: "2026-03-10", title: "x", topics: ["#pilot", "Budget"] };
    const text = renderMeetingNote(recap);
    expect(text).toContain("## Topics\n\n\\#pilot, Budget\n");
    expect(readMeetingNote(text, "Meetings/2026-03-10 - x.md").topics).toEqual(["#pilot", "Budget"]);
  });

  it.each([
    ["one line", "Hiring, Budget", ["Hiring", "Budget"]],
    ["two lines, each its own list (a recap's topics added under the user's line)", "Hiring, Budget\n\nPilot, Scope", ["Hiring", "Budget", "Pilot", "Scope"]],
    ["one topic a line, no commas", "Hiring\nBudget", ["Hiring", "Budget"]],
    ["a list continued on the next line after its comma", "Hiring,\nBudget", ["Hiring", "Budget"]],
  ])("reads topics written as text: %s", (_name, body, topics) => {
    expect(readMeetingNote(`---\ntype: meeting\n---\n\n## Topics\n\n${body}\n`, "Meetings/2026-03-10 - x.md").topics).toEqual(topics);
  });

  it("reads a meeting note in Kith's own shape", () => {
    expect(read("2026-03-10 - Design session with Northwind")).toEqual({
      date: "2026-03-10",
      title: "Design session with Northwind",
      attendees: ["Dana Okafor", "Pri", "Sam Reyes", "Ana Lima"],
      via: "Northwind",
      summary: "Walked through the replication design and agreed to pilot on two clusters before the end of the quarter.",
      facts: [
        "Dana: Owns the replication runbook.",
        "[[Pri]]: Needs a quote before April.",
        "Budget: $2M for the first year.",
        "Northwind runs Spark 3.5 everywhere.",
        "Sam: Will send the deck.",
      ],
      decisions: ["Pilot on two clusters.", "Ana Lima: Will join the weekly sync."],
      topics: ["Replication design", "Pilot scoping"],
      actions: [
        { text: "Send the sizing sheet @DanaOkafor", owner: "@DanaOkafor", due: "2026-03-17" },
        { text: "Draft the quote @Pri", owner: "@Pri", due: null },
      ],
      tags: ["meeting/customer"],
    });
  });

  it("reads a hand-written note: aliased and path links, [[via]], ✅ and [x] decisions, bullet topics, Dataview and Tasks due dates", () => {
    expect(read("2026-03-12 - Security review with Fabrikam")).toEqual({
      date: "2026-03-12",
      title: "Security review: Fabrikam pen test",
      // A link's name is its target's file name: no alias, no folder.
      attendees: ["Tomás Núñez", "Jo Park", "Sam Reyes"],
      via: "Fabrikam",
      summary: "Went through the pen test findings. Two are high severity; both have fixes in review.",
      facts: [
        // `Josephine` is the display name of the `[[People/Jo Park|Josephine]]` attendee.
        "Jo Park: Wants the retest before the renewal.",
        "Tomás: Runs the retest from Porto.",
        "The pen test covered the public API only.",
      ],
      decisions: ["Fix both high findings before the retest.", "Publish the summary to the customer portal.", "Keep the medium findings in the backlog."],
      topics: ["Pen test findings", "Retest timing"],
      actions: [
        { text: "Send the findings to Fabrikam @TomasNunez", owner: "@TomasNunez", due: "2026-03-19" },
        { text: "Book the retest @JoPark", owner: "@JoPark", due: "2026-04-02" },
        { text: "Share the raw report", owner: null, due: null },
        { text: "Draft the customer summary", owner: null, due: null },
      ],
      tags: ["meeting/partner", "security"],
    });
  });

  it("reads a tool's note: synonym headings, date from the file name, title from the H1, topics as a paragraph", () => {
    expect(read("2026-03-13 - Weekly sync")).toEqual({
      date: "2026-03-13",
      title: "Weekly sync with Northwind",
      attendees: ["Dana Okafor"],
      via: null,
      // An italic summary is the note's own text: only the person layout's prompts are placeholders.
      summary: "_No summary yet._",
      facts: ["Budget: $2M for the first year.", "Dana: Back from leave on the 20th."],
      decisions: ["Keep the Friday slot."],
      // A comma inside parentheses does not split a topic.
      topics: ["Replication", "Capacity planning (Q2, Q3)", "Pilot scoping"],
      actions: [{ text: "Send the sizing @DanaOkafor", owner: "@DanaOkafor", due: "2026-03-20" }],
      tags: [],
    });
  });

  it("reads a note without frontmatter or sections from its file name", () => {
    expect(read("2026-03-14 - Bare")).toEqual({ ...emptyRecap(), date: "2026-03-14", title: "Bare" });
  });

  it.each([
    { name: "an invalid date in frontmatter falls back to the file name", fm: "date: 2026-02-30", path: "M/2026-03-01 - X.md", date: "2026-03-01" },
    { name: "a date-time keeps its date", fm: "date: 2026-03-10T09:30", path: "M/X.md", date: "2026-03-10" },
    { name: "no date anywhere is null", fm: "title: X", path: "M/X.md", date: null },
    { name: "an invalid date in the file name is null", fm: "title: X", path: "M/2026-13-01 - X.md", date: null },
  ])("date: $name", ({ fm, path, date }) => {
    expect(readMeetingNote(`---\n${fm}\n---\n`, path).date).toBe(date);
  });

  it("drops empty attendees and reads a lone attendee scalar as a list", () => {
    const text = "---\ndate: '2026-03-10'\nattendees:\n- ''\n- '[[Dana Okafor#Profile|Dana]]'\n- '  Priya   Raman '\n---\n";
    expect(readMeetingNote(text, "M/x.md").attendees).toEqual(["Dana Okafor", "Priya Raman"]);
  });

  it("tells meeting notes from other notes", () => {
    expect(isMeetingNote(meeting("2026-03-10 - Design session with Northwind").text)).toBe(true);
    expect(isMeetingNote(recapFixture("vault/People/Dana Okafor.md"))).toBe(false);
    expect(isMeetingNote(recapFixture("vault/People/Kai Brandt.md"))).toBe(false);
  });
});

describe("linkText", () => {
  it.each([
    ["Dana Okafor", "Dana Okafor"],
    ["[[Dana Okafor]]", "Dana Okafor"],
    ["[[Dana Okafor|Dana]]", "Dana Okafor"],
    ["[[Dana Okafor#Key Facts|Dana]]", "Dana Okafor"],
    ["[[People/Dana Okafor|Dana]]", "Dana Okafor"],
    ["[[People/Dana Okafor.md]]", "Dana Okafor"],
    ["  Dana   Okafor ", "Dana Okafor"],
    ["R&D / Ops", "R&D / Ops"],
  ])("%j -> %j", (value, name) => {
    expect(linkText(value)).toBe(name);
  });
});

describe("meetingFileName", () => {
  it.each([
    { name: "date and title", title: "Design session", file: "2026-03-10 - Design session" },
    { name: "spacing folded", title: "  Design \t session  ", file: "2026-03-10 - Design session" },
    {
      name: "every character a vault cannot hold becomes a space",
      title: 'Q3: budget / plan? "final" <draft> | #ops ^x [[Northwind]] a\\b*c',
      file: "2026-03-10 - Q3 budget plan final draft ops x Northwind a b c",
    },
    {
      name: "a long title is cut on a word boundary (80 characters at most)",
      title: "Pilot scoping call with the Northwind data platform team about replication and capacity planning for the second half",
      file: "2026-03-10 - Pilot scoping call with the Northwind data platform team about replication and",
    },
    {
      name: "a long title is cut on the word boundaries left once it is file-safe",
      title: "Northwind/Contoso/Fabrikam/Adatum/Litware/Proseware/Tailspin/Wingtip/Woodgrove/Northwind",
      file: "2026-03-10 - Northwind Contoso Fabrikam Adatum Litware Proseware Tailspin Wingtip Woodgrove",
    },
    { name: "one long word is cut mid-word", title: "x".repeat(100), file: `2026-03-10 - ${"x".repeat(80)}` },
    { name: "trailing dots go", title: "Retro...", file: "2026-03-10 - Retro" },
    { name: "leading dots go", title: ".hidden plan", file: "2026-03-10 - hidden plan" },
    { name: "accents stay (NFC)", title: "Revisão com o Tomás", file: "2026-03-10 - Revisão com o Tomás" },
  ])("$name", ({ title, file }) => {
    expect(meetingFileName("2026-03-10", title)).toBe(file);
    expect(meetingFileName("2026-03-10", title).length).toBeLessThanOrEqual(13 + 80);
  });

  it.each([
    { name: "a date that is not YYYY-MM-DD", date: "2026-3-10", title: "Sync", message: '"2026-3-10" is not a date (YYYY-MM-DD).' },
    { name: "a date that does not exist", date: "2026-02-30", title: "Sync", message: '"2026-02-30" is not a date (YYYY-MM-DD).' },
    {
      name: "a title with nothing file-safe in it",
      date: "2026-03-10",
      title: "???",
      message: '"???" cannot be a file name: nothing is left once unsafe characters are removed.',
    },
  ])("refuses $name", ({ date, title, message }) => {
    expect(() => meetingFileName(date, title)).toThrow(message);
  });
});

describe("renderMeetingNote", () => {
  it("writes a recap without a via, tags or sections as a bare meeting note", () => {
    const recap: Recap = { ...emptyRecap(), date: "2026-03-10", title: "Hallway chat", attendees: ["Dana Okafor", "Dana", "Sam Reyes"] };
    expect(renderMeetingNote(recap)).toBe(
      [
        "---",
        "type: meeting",
        "date: '2026-03-10'",
        "title: Hallway chat",
        "attendees:",
        // "Dana" is Dana Okafor: one attendee.
        "- Dana Okafor",
        "- Sam Reyes",
        "---",
        "",
        "# Hallway chat",
        "",
        "## Summary",
        "",
        "## Key Facts",
        "",
        "",
        "## Decisions",
        "",
        "",
        "## Topics",
        "",
        "## Action Items",
        "",
      ].join("\n"),
    );
  });

  it("quotes a title that YAML would misread, and links attendees and owners to their notes", () => {
    const recap: Recap = {
      ...emptyRecap(),
      date: "2026-03-10",
      title: "Q3: budget",
      attendees: ["Pri", "Sam Reyes"],
      via: "Contoso: Retail",
      summary: "Budget call.",
      actions: [
        { text: "Send the quote", owner: "Pri", due: "2026-03-12" },
        { text: "Chase the PO @PriyaRaman", owner: "Pri", due: null },
        { text: "Book a room", owner: "Sam Reyes", due: null },
      ],
    };
    const text = renderMeetingNote(recap, {
      linkTargets: new Map([["Pri", "Priya Raman"]]),
      handles: new Map([["Pri", "@PriyaRaman"]]),
    });
    expect(text).toBe(
      [
        "---",
        "type: meeting",
        "date: '2026-03-10'",
        "title: 'Q3: budget'",
        "attendees:",
        "- '[[Priya Raman|Pri]]'",
        "- Sam Reyes",
        "via: 'Contoso: Retail'",
        "---",
        "",
        "# Q3: budget",
        "",
        "## Summary",
        "",
        "Budget call.",
        "",
        "## Key Facts",
        "",
        "",
        "## Decisions",
        "",
        "",
        "## Topics",
        "",
        "## Action Items",
        "",
        "- [ ] Send the quote @PriyaRaman 📅 2026-03-12",
        "- [ ] Chase the PO @PriyaRaman",
        "- [ ] Book a room",
        "",
      ].join("\n"),
    );
    // Read back, it is the same recap, with attendees by their notes' names.
    expect(readMeetingNote(text, "Meetings/2026-03-10 - Q3 budget.md")).toEqual({
      ...recap,
      attendees: ["Priya Raman", "Sam Reyes"],
      actions: [
        { text: "Send the quote @PriyaRaman", owner: "@PriyaRaman", due: "2026-03-12" },
        { text: "Chase the PO @PriyaRaman", owner: "@PriyaRaman", due: null },
        { text: "Book a room", owner: null, due: null },
      ],
    });
  });

  it("lists the people the meeting mentioned apart from its attendees, and reads them back", () => {
    const recap: Recap = { ...emptyRecap(), date: "2026-03-19", title: "Depot weekly", attendees: ["Jorge Alvarez"], mentioned: ["Hana Sato"] };
    const text = renderMeetingNote(recap, { linkTargets: new Map([["Hana Sato", "Hana Sato"]]) });
    expect(text.split("\n").slice(0, 9)).toEqual([
      "---",
      "type: meeting",
      "date: '2026-03-19'",
      "title: Depot weekly",
      "attendees:",
      "- Jorge Alvarez",
      "mentioned:",
      "- '[[Hana Sato]]'",
      "---",
    ]);
    expect(readMeetingNote(text, "Meetings/2026-03-19 - Depot weekly.md")).toEqual(recap);
  });

  it("refuses a recap without a valid date", () => {
    expect(() => renderMeetingNote({ ...emptyRecap(), title: "X", attendees: ["A"] })).toThrow("The recap has no valid date (YYYY-MM-DD).");
  });
});
