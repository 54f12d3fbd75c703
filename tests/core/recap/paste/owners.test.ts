import { describe, expect, it } from "vitest";
import { readOwners, type OwnerContext } from "../../../../src/core/recap/paste/owners";
import { isNameLike, resolveName } from "../../../../src/core/recap/paste/people";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

const NONE: OwnerContext = { attendees: [], sender: null };
const TEAM: OwnerContext = { attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"], sender: null };

describe("readOwners: who owns a task, however the tool wrote it", () => {
  const cases: Array<{ name: string; text: string; ctx?: OwnerContext; owners: string[]; task: string }> = [
    { name: "Name will", text: "Dana will send the deck to Sam.", owners: ["Dana"], task: "Send the deck to Sam." },
    { name: "Otter: Full Name Task", text: "Søren Lindqvist Fix the export", owners: ["Søren Lindqvist"], task: "Fix the export" },
    { name: "Otter: attendee's first name Task", text: "Dana Check the invoice totals", ctx: TEAM, owners: ["Dana"], task: "Check the invoice totals" },
    { name: "Otter: a first name no attendee has is no owner", text: "Dana Check the invoice totals", owners: [], task: "Dana Check the invoice totals" },
    { name: "Otter: with attendees known, a name must be one of theirs", text: "Quarterly Review Send the deck", ctx: TEAM, owners: [], task: "Quarterly Review Send the deck" },
    { name: "full name to", text: "Dana Okafor to book the kickoff", owners: ["Dana Okafor"], task: "Book the kickoff" },
    { name: "is going to", text: "Sam Reyes is going to draft the plan", owners: ["Sam Reyes"], task: "Draft the plan" },
    { name: "agreed to", text: "Priya agreed to review the MSA", owners: ["Priya"], task: "Review the MSA" },
    { name: "Name: task", text: "Dana: send the runbook", owners: ["Dana"], task: "Send the runbook" },
    { name: "Name - task", text: "Dana Okafor - send the runbook", owners: ["Dana Okafor"], task: "Send the runbook" },
    { name: "Name → task", text: "Dana → send the runbook", owners: ["Dana"], task: "Send the runbook" },
    { name: "@Name task", text: "@Chris Park finalize the budget sheet", owners: ["Chris Park"], task: "Finalize the budget sheet" },
    { name: "@Name to", text: "@Tomás to update the forecast", owners: ["Tomás"], task: "Update the forecast" },
    { name: "@Name: task", text: "@Dana: send the runbook", owners: ["Dana"], task: "Send the runbook" },
    { name: "[Name] Title: detail", text: "[Dana Okafor] Sizing sheet: Send the sizing sheet to Sam.", owners: ["Dana Okafor"], task: "Send the sizing sheet to Sam." },
    { name: "[Name] task", text: "[Sam Reyes] Book the kickoff", owners: ["Sam Reyes"], task: "Book the kickoff" },
    {
      name: "[Name, Name] Title: detail",
      text: "[Dana Okafor, Sam Reyes] Review quote: Review the quote with procurement.",
      owners: ["Dana Okafor", "Sam Reyes"],
      task: "Review the quote with procurement.",
    },
    {
      name: "[Name] Title: Name will detail",
      text: "[Dana Okafor] Sizing: Dana Okafor will send the sheet.",
      owners: ["Dana Okafor"],
      task: "Send the sheet.",
    },
    { name: "Name and Name will", text: "Dana and Sam will run the dry run", owners: ["Dana", "Sam"], task: "Run the dry run" },
    { name: "Name & Name:", text: "Lara & Avery: deliver the agent list", owners: ["Lara", "Avery"], task: "Deliver the agent list" },
    { name: "task - Full Name", text: "Send the deck - Dana Okafor", owners: ["Dana Okafor"], task: "Send the deck" },
    { name: "task (Name)", text: "Book the venue (Sam)", owners: ["Sam"], task: "Book the venue" },
    { name: "task @Full Name", text: "Share the agenda with Ravi. @Mei Chen", owners: ["Mei Chen"], task: "Share the agenda with Ravi." },
    { name: "task - @Name", text: "Send the metadata - @Jonas", owners: ["Jonas"], task: "Send the metadata" },
    { name: "task // @Name", text: "Fix the login bug // @Mia", owners: ["Mia"], task: "Fix the login bug" },
    { name: "(Owner: Name)", text: "Send the contract (Owner: Dana Okafor)", owners: ["Dana Okafor"], task: "Send the contract" },
    { name: "Assigned to Name", text: "Send the contract, assigned to Sam Reyes", owners: ["Sam Reyes"], task: "Send the contract" },
    {
      name: "Title: Name will detail (Teams)",
      text: "Share latency report: Sam Reyes will share the latency comparison by tomorrow.",
      owners: ["Sam Reyes"],
      task: "Share the latency comparison by tomorrow.",
    },
    { name: "a Title Case title is no owner", text: "Send Sizing Sheet: review the numbers", owners: [], task: "Send Sizing Sheet: review the numbers" },
    { name: "a label is no owner", text: "Note: the deck is late", owners: [], task: "Note: the deck is late" },
    { name: "a group is no owner", text: "The team will review the deck", owners: [], task: "The team will review the deck" },
    { name: "Team: task is everyone's", text: "Team: review the deck", owners: [], task: "Review the deck" },
    { name: "a verb is no name", text: "Introduce Dana to the CFO", owners: [], task: "Introduce Dana to the CFO" },
    { name: "a weekday in parentheses is no owner", text: "Schedule the call (Thursday)", owners: [], task: "Schedule the call (Thursday)" },
    { name: "a company after a dash is not sure", text: "Send the deck - Acme", owners: [], task: "Send the deck - Acme" },
    { name: "a mention inside the task is its recipient", text: "Send the deck to @Sam today", owners: [], task: "Send the deck to @Sam today" },
    { name: "a known attendee after a dash", text: "Send the deck - Sam", ctx: TEAM, owners: ["Sam"], task: "Send the deck" },
    { name: "with attendees, a label must name one", text: "Budget: approved up to 10%", ctx: TEAM, owners: [], task: "Budget: approved up to 10%" },
    { name: "with attendees, a first name label", text: "Priya: confirm the settings", ctx: TEAM, owners: ["Priya"], task: "Confirm the settings" },
    { name: "I will, from the sender", text: "I'll draft the criteria", ctx: { attendees: [], sender: "Priya Natarajan" }, owners: ["Priya Natarajan"], task: "Draft the criteria" },
    { name: "I will, no sender", text: "I'll draft the criteria", owners: [], task: "I'll draft the criteria" },
  ];
  it.each(cases)("$name", ({ text, ctx, owners, task }) => {
    expect(readOwners(text, ctx ?? NONE)).toEqual({ owners, text: task });
  });
});

describe("resolveName: a first name becomes the attendee it surely means", () => {
  const attendees = ["Dana Okafor", "Sam Reyes", "Sam Ito", "Tomás Lindqvist", "priya@acme.example"];
  const cases: Array<{ written: string; name: string; warnings?: string[] }> = [
    { written: "Dana", name: "Dana Okafor" },
    { written: "dana okafor", name: "Dana Okafor" },
    { written: "Dana O.", name: "Dana Okafor" },
    { written: "Tomas", name: "Tomás Lindqvist" },
    { written: "@DanaOkafor", name: "Dana Okafor" },
    { written: "Okafor, Dana", name: "Dana Okafor" },
    { written: "Sam", name: "Sam", warnings: ['"Sam" could be Sam Reyes or Sam Ito: check who it is.'] },
    { written: "Lee", name: "Lee" },
    { written: "Lee Chen", name: "Lee Chen" },
    { written: "Priya", name: "Priya" },
  ];
  it.each(cases)("$written → $name", ({ written, name, warnings }) => {
    const found: string[] = [];
    expect(resolveName(written, attendees, found)).toBe(name);
    expect(found).toEqual(warnings ?? []);
  });

  it("keeps a handle's words when no attendee is known", () => {
    expect(resolveName("@DanaOkafor", [], [])).toBe("Dana Okafor");
  });
});

describe("isNameLike", () => {
  it.each(["Dana", "Dana Okafor", "Jean-Luc O'Neil", "Anke van der Berg", "J. Smith", "dana@northwind.example", "Tomás"])("%s is a name", (name) => {
    expect(isNameLike(name)).toBe(true);
  });
  it.each(["Send", "Send the deck", "The team", "Friday", "Note", "dana", "Q3 Plan", "Everyone"])("%s is not", (name) => {
    expect(isNameLike(name)).toBe(false);
  });
});

describe("owners in a pasted recap", () => {
  it("owner groups: a bold name, a plain name, a name with a colon, 'All'", () => {
    const read = parsePastedRecap(
      [
        "Attendees: Dana Okafor, Sam Reyes, Priya Natarajan",
        "",
        "Action items",
        "**Dana**",
        "- Send the runbook",
        "Sam Reyes",
        "Book the dry run",
        "Priya:",
        "- Confirm the settings",
        "- Sam will check the logs",
        "All",
        "- Review the plan",
      ].join("\n"),
    );
    expect(read.actions).toEqual([
      { text: "Send the runbook", owner: "Dana Okafor", due: null },
      { text: "Book the dry run", owner: "Sam Reyes", due: null },
      { text: "Confirm the settings", owner: "Priya Natarajan", due: null },
      { text: "Check the logs", owner: "Sam Reyes", due: null },
      { text: "Review the plan", owner: null, due: null },
    ]);
  });

  it("a task for two is one action each", () => {
    const read = parsePastedRecap("Next steps\n- Dana and Sam will run the dry run");
    expect(read.actions).toEqual([
      { text: "Run the dry run", owner: "Dana", due: null },
      { text: "Run the dry run", owner: "Sam", due: null },
    ]);
  });

  it("prose next steps are one action a sentence", () => {
    const read = parsePastedRecap("Next steps: Dana will send the deck. Sam will book the room. Someone should update the wiki.");
    expect(read.actions).toEqual([
      { text: "Send the deck", owner: "Dana", due: null },
      { text: "Book the room", owner: "Sam", due: null },
      { text: "Someone should update the wiki", owner: null, due: null },
    ]);
  });

  it("a table's owner and due columns", () => {
    const read = parsePastedRecap(
      ["Date: 2026-06-03", "Attendees: Dana Okafor; Sam Reyes", "", "## Action items", "| Action | Responsible party | Deadline | Priority |", "|---|---|---|---|", "| Renew the certificate | Sam | Friday | High |", "| Update the runbook | Dana Okafor | 12 June 2026 | Low |"].join("\n"),
    );
    expect(read.actions).toEqual([
      { text: "Renew the certificate", owner: "Sam Reyes", due: "2026-06-05" },
      { text: "Update the runbook", owner: "Dana Okafor", due: "2026-06-12" },
    ]);
  });

  it("a note that names an attendee first is hers, by her full name", () => {
    const read = parsePastedRecap("Attendees: Dana Okafor, Sam Reyes\n\nNotes\n- Dana: prefers email over Slack\n- Budget: approved");
    expect(read.facts).toEqual(["Dana Okafor: prefers email over Slack", "Budget: approved"]);
  });
});
