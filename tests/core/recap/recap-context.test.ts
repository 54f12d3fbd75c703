import { describe, expect, it } from "vitest";
import { distinctAttendees, emptyRecap, itemsFor, nameKey, type Recap } from "../../../src/core";
import { recapContext } from "../../../src/core/recap/apply-to-person";
import { attributeItems, itemsOf } from "../../../src/core/recap/attribution";
import { namesAnotherAttendee, namesAnotherKey } from "../../../src/core/recap/distinct";

describe("namesAnotherAttendee: a short name for exactly one other attendee", () => {
  it.each([
    { key: "dana", attendees: ["Dana", "Dana Okafor"], want: true },
    { key: "dana", attendees: ["Dana", "Dana Okafor", "dana  okafor"], want: true },
    { key: "dana", attendees: ["Dana", "Dana Okafor", "Okafor, Dana"], want: true },
    { key: "dana", attendees: ["Dana", "Dana Okafor", "Dana Smith"], want: false },
    { key: "dana", attendees: ["Dana"], want: false },
    { key: "dana", attendees: [], want: false },
    { key: "okafor", attendees: ["Okafor", "Dana Okafor"], want: true },
    { key: "lucia", attendees: ["Lúcia", "Ana Lúcia Ferreira"], want: true },
    { key: "dana okafor", attendees: ["Dana Okafor", "Dana Q. Okafor"], want: true },
    { key: "dana okafor", attendees: ["Dana Okafor", "Dana"], want: false },
    { key: "dan", attendees: ["Dan", "Dana Okafor"], want: false },
  ])("$key in $attendees: $want", ({ key, attendees, want }) => {
    expect(namesAnotherAttendee(key, attendees)).toBe(want);
    expect(namesAnotherKey(key, attendees.map(nameKey))).toBe(want);
  });
});

describe("distinctAttendees: each attendee once, by the fullest name", () => {
  it.each([
    { attendees: ["Dana", "Dana Okafor", "Priya Raman"], want: ["Dana Okafor", "Priya Raman"] },
    { attendees: ["Dana Okafor", "Dana"], want: ["Dana Okafor"] },
    { attendees: ["Dana", "Dana Okafor", "Dana Smith"], want: ["Dana", "Dana Okafor", "Dana Smith"] },
    { attendees: ["Dana Okafor", "dana  okafor", "Okafor, Dana"], want: ["Dana Okafor"] },
    { attendees: ["", " ", "Lee Chen"], want: ["Lee Chen"] },
    { attendees: ["Lúcia", "Ana Lúcia Ferreira", "Ana Souza"], want: ["Ana Lúcia Ferreira", "Ana Souza"] },
    // "Dana" could be either fuller name and stays; "Dana Okafor" is the one "Dana Q. Okafor".
    { attendees: ["Dana", "Dana Okafor", "Dana Q. Okafor"], want: ["Dana", "Dana Q. Okafor"] },
  ])("$attendees", ({ attendees, want }) => {
    expect(distinctAttendees(attendees)).toEqual(want);
  });
});

const RECAP: Recap = {
  ...emptyRecap(),
  date: "2026-03-12",
  title: "Runbook review",
  attendees: ["Dana", "Dana Okafor", "Ana Lúcia Ferreira", "Ana Souza", "Sam Reyes"],
  facts: [
    "Dana: Owns the runbook.",
    "Ana: Joins the sync.",
    "Ana Souza: Leads QA.",
    "Okafor, Dana: Lives in Leeds.",
    "Budget: $2M",
    "[[Dana Okafor|Dana]]: Reviews the links.",
    "Sam: Sends the slides.",
    "Lúcia: Knows the catalogue.",
  ],
  decisions: ["✅ Dana: Signs off the pilot plan.", "Ship in May.", "[x] Ana Souza: Runs the QA gate."],
};

describe("recapContext: whose each fact and decision is, once per recap", () => {
  it("attributes the facts and the decisions (without their check marks)", () => {
    expect(recapContext(RECAP)).toEqual({
      facts: [
        { attendee: "Dana Okafor", text: "Owns the runbook." },
        { attendee: null, text: "Ana: Joins the sync." },
        { attendee: "Ana Souza", text: "Leads QA." },
        { attendee: "Dana Okafor", text: "Lives in Leeds." },
        { attendee: null, text: "Budget: $2M" },
        { attendee: "Dana Okafor", text: "Reviews the links." },
        { attendee: "Sam Reyes", text: "Sends the slides." },
        // A name that is not a first name stays shared, as written.
        { attendee: null, text: "Lúcia: Knows the catalogue." },
      ],
      decisions: [
        { attendee: "Dana Okafor", text: "Signs off the pilot plan." },
        { attendee: null, text: "Ship in May." },
        { attendee: "Ana Souza", text: "Runs the QA gate." },
      ],
    });
  });

  it.each([
    {
      attendee: "Dana Okafor",
      facts: ["Owns the runbook.", "Ana: Joins the sync.", "Lives in Leeds.", "Budget: $2M", "Reviews the links.", "Lúcia: Knows the catalogue."],
      decisions: ["Signs off the pilot plan.", "Ship in May."],
    },
    {
      attendee: "Ana Souza",
      facts: ["Ana: Joins the sync.", "Leads QA.", "Budget: $2M", "Lúcia: Knows the catalogue."],
      decisions: ["Ship in May.", "Runs the QA gate."],
    },
    {
      attendee: "Ana Lúcia Ferreira",
      facts: ["Ana: Joins the sync.", "Budget: $2M", "Lúcia: Knows the catalogue."],
      decisions: ["Ship in May."],
    },
    // "Dana" alone is Dana Okafor: nothing is "Dana"'s own.
    { attendee: "Dana", facts: ["Ana: Joins the sync.", "Budget: $2M", "Lúcia: Knows the catalogue."], decisions: ["Ship in May."] },
  ])("$attendee gets their items and the shared ones, as itemsFor gives them", ({ attendee, facts, decisions }) => {
    const context = recapContext(RECAP);
    expect(itemsOf(context.facts, attendee)).toEqual(facts);
    expect(itemsOf(context.decisions, attendee)).toEqual(decisions);
    expect(itemsFor(RECAP.facts, RECAP.attendees, attendee)).toEqual(facts);
    expect(itemsOf(attributeItems(RECAP.facts, RECAP.attendees), attendee)).toEqual(facts);
  });
});
