import { describe, expect, it } from "vitest";
import { PeopleIndex, newPersonNote, personEntry } from "../../../src/core";
import { agendaOf, matchAttendees, nameFromEmail, type CalendarAttendee } from "../../../src/core/calendar";

function indexOf(people: Array<[string, string | null]>): PeopleIndex {
  const index = new PeopleIndex();
  for (const [name, email] of people) {
    const path = `People/${name}.md`;
    index.set(path, personEntry(path, newPersonNote(name, { today: "2026-02-01", email })));
  }
  return index;
}

const INDEX = indexOf([
  ["Dana Okafor", "dana.okafor@northwind.example"],
  ["Dana Okafor-Lind", "dana@lind.example"],
  ["Sam Reyes", null],
  ["Ana Lima", null],
  ["Ana Costa", null],
  ["Robin Berg", null],
]);
const ME = { emails: ["me@kith.example"], names: ["Robin Berg", "Robin"] };

const attendee = (name: string, email: string | null): CalendarAttendee => ({ name, email, status: "accepted", role: "req-participant", organizer: false });

describe("matchAttendees: by email first, then by name; you left out", () => {
  it.each([
    { how: "email, though the calendar's name differs", name: "D. Okafor", email: "dana.okafor@northwind.example", result: "email People/Dana Okafor.md" },
    { how: "email in other case (calendars lower-case it)", name: "Dana", email: "dana@lind.example", result: "email People/Dana Okafor-Lind.md" },
    { how: "name, with an email no note has", name: "Sam Reyes", email: "sam@northwind.example", result: "name People/Sam Reyes.md" },
    { how: "a first name two people have", name: "Ana", email: "ana@fabrikam.example", result: "ambiguous People/Ana Costa.md, People/Ana Lima.md" },
    { how: "a name no one has", name: "Priya Raman", email: "priya@northwind.example", result: "new -" },
    { how: "only an email (Google's CN), no note has it", name: "teo@partner.example", email: "teo@partner.example", result: "new -" },
    { how: "your email", name: "Me Myself", email: "me@kith.example", result: "(left out)" },
    { how: "your name, another address", name: "Robin Berg", email: "robin@home.example", result: "(left out)" },
    { how: "your alias", name: "Robin", email: null, result: "(left out)" },
  ])("$how", ({ name, email, result }) => {
    const found = matchAttendees([attendee(name, email)], INDEX, ME);
    const brief = found.map((a) => `${a.match} ${a.match === "ambiguous" ? a.candidates.map((c) => c.path).sort().join(", ") : (a.person?.path ?? "-")}`);
    expect(brief[0] ?? "(left out)").toBe(result);
  });
});

describe("agendaOf: an invite's description as the meeting note's summary", () => {
  it.each([
    { shape: "plain", description: "Quarterly numbers.\n\nAnd the renewal.", agenda: "Quarterly numbers. And the renewal." },
    {
      shape: "Google (HTML, Meet block)",
      description: 'Agenda: replication &amp; <b>pilot</b>.<br><br>-::~:~::~:~:~:~::-<br>Join with Google Meet: <a href="https://meet.google.com/x">link</a>',
      agenda: "Agenda: replication & pilot.",
    },
    { shape: "Teams block", description: "Budget.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin", agenda: "Budget." },
    { shape: "Zoom block", description: "Hi there,\n\nSync on hiring.\n\nJoin Zoom Meeting\nhttps://zoom.us/j/1", agenda: "Hi there, Sync on hiring." },
    // One paragraph: the meeting note escapes a first mark that would make it a heading or list (renderMeetingNote).
    { shape: "a heading's mark stays", description: "# Goals\n- ship", agenda: "# Goals - ship" },
    { shape: "a numbered list's mark stays", description: "1. Intro\n2. Budget", agenda: "1. Intro 2. Budget" },
    { shape: "only the join block", description: "________________________________\nMicrosoft Teams meeting", agenda: "" },
  ])("$shape", ({ description, agenda }) => {
    expect(agendaOf(description)).toBe(agenda);
  });
});

describe("nameFromEmail: a name for someone known only by email", () => {
  it.each([
    ["teodor.vasilescu@partner.example", "Teodor Vasilescu"],
    ["ana_lucia.ferreira@contoso.example", "Ana Lucia Ferreira"],
    ["dana@northwind.example", "dana@northwind.example"],
    ["j.smith2@x.example", "j.smith2@x.example"],
  ])("%s -> %s", (email, name) => {
    expect(nameFromEmail(email)).toBe(name);
  });
});
