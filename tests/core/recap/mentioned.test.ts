import { describe, expect, it } from "vitest";
import { planRecap, type Recap } from "../../../src/core";
import { fixtureVault, indexOf, SETTINGS, TODAY } from "../../fixtures/recap/vault";

/** Someone the meeting talked about gets no context line and no facts from it; the meeting note lists them. */
describe("a mentioned person", () => {
  it("is listed in the meeting note and left out of the person notes the plan edits", async () => {
    const store = fixtureVault();
    const recap: Recap = {
      date: "2026-03-12",
      title: "Runbook review",
      attendees: ["Ana Souza"],
      mentioned: ["Dana Okafor"],
      via: null,
      summary: "Reviewed the runbook.",
      facts: ["The runbook moves to the wiki."],
      decisions: [],
      topics: [],
      actions: [],
      tags: [],
    };
    const plan = await planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY });
    expect(plan.blocking).toEqual([]);
    expect(plan.notes.map((n) => n.path)).toEqual(["People/Ana Souza.md"]);
    expect(plan.meetingNote?.text).toContain("attendees:\n- '[[Ana Souza]]'\nmentioned:\n- Dana Okafor\n");
  });
});
