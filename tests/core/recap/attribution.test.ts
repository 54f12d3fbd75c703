import { describe, expect, it } from "vitest";
import { attributeItem, distinctAttendees, itemsFor } from "../../../src/core";

const ATTENDEES = ["Dana Okafor", "Priya Raman", "Okafor, Kemi", "Ana Lúcia Ferreira", "Ana Souza", "Sam Reyes"];

describe("attributeItem: whose fact or decision it is", () => {
  it.each([
    { item: "Dana Okafor: Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "[[Dana Okafor]]: Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "[[Dana Okafor|Dana]]: Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "[[Dana Okafor]] : Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "dana okafor:   Owns the runbook.  ", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "Dana: Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "Okafor, Dana: Owns the runbook.", attendee: "Dana Okafor", text: "Owns the runbook." },
    { item: "Kemi Okafor: Joined in May.", attendee: "Okafor, Kemi", text: "Joined in May." },
    { item: "Kemi: Joined in May.", attendee: "Okafor, Kemi", text: "Joined in May." },
    { item: "Ana Lucia Ferreira: Owns the catalogue.", attendee: "Ana Lúcia Ferreira", text: "Owns the catalogue." },
    { item: "Priya: Needs a quote: by April.", attendee: "Priya Raman", text: "Needs a quote: by April." },
    { item: "Sam: Sends the slides.", attendee: "Sam Reyes", text: "Sends the slides." },
  ])("$item -> $attendee", ({ item, attendee, text }) => {
    expect(attributeItem(item, ATTENDEES)).toEqual({ attendee, text });
  });

  it.each([
    { why: "a label that is not an attendee", item: "Budget: $2M" },
    { why: "a link to someone else", item: "[[Lee Chen]]: Runs ops." },
    { why: "a first name two attendees share", item: "Ana: Joins the sync." },
    { why: "no space after the colon", item: "Dana:Owns the runbook." },
    { why: "a colon inside a time", item: "Meeting moved to 10:30 on Friday." },
    { why: "nothing after the name", item: "Dana Okafor:" },
    { why: "a last name alone", item: "Raman: Signs the PO." },
    { why: "no name at all", item: "Runs two data centres." },
  ])("keeps $why shared and as written", ({ item }) => {
    expect(attributeItem(item, ATTENDEES)).toEqual({ attendee: null, text: item });
  });
});

describe("itemsFor: what one attendee's note gets", () => {
  const facts = ["Dana: Owns the runbook.", "[[Priya Raman]]: Needs a quote.", "Budget: $2M", "Sam: Sends the slides.", "Spark 3.5 everywhere."];

  it.each([
    { attendee: "Dana Okafor", items: ["Owns the runbook.", "Budget: $2M", "Spark 3.5 everywhere."] },
    { attendee: "Priya Raman", items: ["Needs a quote.", "Budget: $2M", "Spark 3.5 everywhere."] },
    { attendee: "Ana Souza", items: ["Budget: $2M", "Spark 3.5 everywhere."] },
  ])("$attendee", ({ attendee, items }) => {
    expect(itemsFor(facts, ATTENDEES, attendee)).toEqual(items);
  });

  it("a short name for another attendee is that attendee", () => {
    const attendees = ["Dana", "Dana Okafor", "Priya Raman"];
    expect(distinctAttendees(attendees)).toEqual(["Dana Okafor", "Priya Raman"]);
    expect(itemsFor(["Dana: Owns the runbook.", "Dana Okafor: Lives in Leeds."], attendees, "Dana Okafor")).toEqual([
      "Owns the runbook.",
      "Lives in Leeds.",
    ]);
    expect(itemsFor(["Dana: Owns the runbook."], attendees, "Priya Raman")).toEqual([]);
  });
});
