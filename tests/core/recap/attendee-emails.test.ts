import { describe, expect, it } from "vitest";
import { emptyRecap, planRecap, readMeetingNote, renderMeetingNote, resolveAttendees, type Recap } from "../../../src/core";
import { readNamedEmails, unreadNamedEmails } from "../../../src/core/recap/attendee-emails";
import { escapeParagraph, unescapeParagraph } from "../../../src/core/recap/meeting-note";
import { fixtureVault, indexOf, SETTINGS, TODAY } from "../../fixtures/recap/vault";

const RECAP: Recap = {
  ...emptyRecap(),
  date: "2026-03-03",
  title: "Data platform sync",
  attendees: ["Priya Raman", "Teodor Vasilescu"],
  emails: { "Priya Raman": "priya.raman@contoso.example", "Teodor Vasilescu": "teodor.vasilescu@partner.example" },
  summary: "# Goals - ship the pilot",
};

const NOTE = [
  "---",
  "type: meeting",
  "date: '2026-03-03'",
  "title: Data platform sync",
  "attendees:",
  "- '[[Priya Raman]]'",
  "- Teodor Vasilescu",
  "attendee_emails:",
  "- Priya Raman <priya.raman@contoso.example>",
  "- Teodor Vasilescu <teodor.vasilescu@partner.example>",
  "---",
  "",
  "# Data platform sync",
  "",
  "## Summary",
  "",
  "\\# Goals - ship the pilot",
  "",
].join("\n");

describe("a meeting note keeps its attendees' emails", () => {
  it("writes them as attendee_emails, Name <email>, and reads them back", () => {
    const text = renderMeetingNote(RECAP, { linkTargets: new Map([["Priya Raman", "Priya Raman"]]) });
    expect(text.startsWith(NOTE)).toBe(true);
    expect(readMeetingNote(text, "Meetings/2026-03-03 - Data platform sync.md")).toEqual(RECAP);
  });

  it("writes no attendee_emails when no email is known", () => {
    expect(renderMeetingNote({ ...RECAP, emails: undefined })).not.toContain("attendee_emails");
  });

  it.each([
    { how: "as written", items: ["Teodor Vasilescu <teodor@partner.example>"], emails: { "Teodor Vasilescu": "teodor@partner.example" } },
    { how: "name in other case, email lower-cased", items: ["teodor VASILESCU <Teodor@Partner.Example>"], emails: { "Teodor Vasilescu": "teodor@partner.example" } },
    { how: "a name no longer an attendee is left out", items: ["Ana Lima <ana@x.example>"], emails: {} },
    { how: "a name like __proto__ stays a key", items: ["__proto__ <p@x.example>"], emails: JSON.parse('{"__proto__": "p@x.example"}') as Record<string, string> },
  ])("readNamedEmails: $how", ({ items, emails }) => {
    expect(readNamedEmails(items, ["Teodor Vasilescu", "Dana Okafor", "__proto__"])).toEqual(emails);
  });

  it.each(["teodor@partner.example", "Teodor Vasilescu", "Teodor <not an email>", "<teodor@partner.example>"])("leaves out an item that is not Name <email>, and says so: %s", (item) => {
    expect(readNamedEmails([item], ["Teodor Vasilescu"])).toEqual({});
    const note = `---\ntype: meeting\nattendees: [Teodor Vasilescu]\nattendee_emails:\n- ${JSON.stringify(item)}\n- Teodor Vasilescu <t@partner.example>\n---\n`;
    expect(unreadNamedEmails(note)).toEqual([`attendee_emails: "${item}" is not "Name <email>"; that attendee is matched by name.`]);
    expect(readMeetingNote(note, "Meetings/2026-03-03 - X.md").emails).toEqual({ "Teodor Vasilescu": "t@partner.example" });
  });
});

describe("a summary stays one paragraph of the note", () => {
  it.each([
    ["# Goals", "\\# Goals"],
    ["- ship", "\\- ship"],
    ["> quoted", "\\> quoted"],
    ["```js", "\\```js"],
    ["1. Intro 2. Budget", "1\\. Intro 2. Budget"],
    ["3) Third", "3\\) Third"],
    ["Plain #1 text", "Plain #1 text"],
    ["two\nlines", "two lines"],
  ])("%j is written %j and read back as it was", (summary, written) => {
    expect(escapeParagraph(summary)).toBe(written);
    expect(unescapeParagraph(written)).toBe(summary.replace(/\s+/g, " "));
    const recap = { ...emptyRecap(), date: "2026-03-03", title: "T", attendees: ["Dana Okafor"], summary };
    expect(readMeetingNote(renderMeetingNote(recap), "Meetings/2026-03-03 - T.md").summary).toBe(summary.replace(/\s+/g, " "));
  });
});

describe("resolveAttendees: the recap's email first", () => {
  it.each([
    { how: "an email a note has, whatever the name", name: "P. Raman", email: "Priya.Raman@contoso.example", result: "matched People/Priya Raman.md" },
    { how: "an email no note has: by name", name: "Dana Okafor", email: "dana@elsewhere.example", result: "matched People/Dana Okafor.md" },
    { how: "an email no note has, a new name", name: "Teodor Vasilescu", email: "teodor@partner.example", result: "new -" },
    { how: "your email, whatever the name", name: "S. Reyes", email: "sam@kith.example", result: "self -" },
  ])("$how", async ({ name, email, result }) => {
    const index = await indexOf(fixtureVault());
    const [found] = resolveAttendees([name], index, { self: ["Sam Reyes"], selfEmails: ["sam@kith.example"], emails: { [name]: email } });
    expect(`${found?.status} ${found?.person?.path ?? "-"}`).toBe(result);
  });

  it("a --map choice wins over the email", async () => {
    const index = await indexOf(fixtureVault());
    const [found] = resolveAttendees(["P. Raman"], index, { self: [], emails: { "P. Raman": "priya.raman@contoso.example" }, mapping: new Map([["P. Raman", "Dana Okafor"]]) });
    expect(found?.person?.path).toBe("People/Dana Okafor.md");
  });
});

describe("a new person from a recap gets their email", () => {
  it.each([
    { contacts: "table" as const, line: "| **Email** | teodor.vasilescu@partner.example |" },
    { contacts: "properties" as const, line: "email: teodor.vasilescu@partner.example" },
  ])("in the $contacts", async ({ contacts, line }) => {
    const store = fixtureVault();
    const settings = { ...SETTINGS, newNoteContacts: contacts };
    const plan = await planRecap(RECAP, { store, index: await indexOf(store), settings, today: TODAY });
    const teodor = plan.notes.find((n) => n.path === "People/Teodor Vasilescu.md");
    expect(teodor?.create).toBe(true);
    expect(teodor?.after?.split("\n")).toContain(line);
    // Priya was found by her email: her note is updated, not made again.
    expect(plan.notes.map((n) => n.path)).toEqual(["People/Priya Raman.md", "People/Teodor Vasilescu.md"]);
  });

});
