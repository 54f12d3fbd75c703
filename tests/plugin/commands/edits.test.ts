// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { change, STAMP } from "../../core/helpers";
import { LEE, LEE_PATH } from "../../core/commands-core/notes";
import { setup } from "./harness";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const DANA_PATH = "People/Dana Okafor.md";
const MEETING = "Meetings/2026-03-02 - Pilot.md";
const VAULT = { [DANA_PATH]: DANA, [LEE_PATH]: LEE, [MEETING]: "# Pilot\n" };

describe("edit commands on the active person note", () => {
  it("Add key fact appends the fact", async () => {
    const t = await setup(VAULT);
    await t.activate(DANA_PATH);
    t.ui.answers = ["Prefers email."];
    await t.run("add-key-fact");
    expect(t.read(DANA_PATH)).toBe(change(DANA, ["GCS API later.\n", "GCS API later.\n- Prefers email.\n"], STAMP));
    expect(t.ui.questions).toEqual(["Key fact about Dana Okafor"]);
  });

  it("asks for the person when the active note is not one", async () => {
    const t = await setup(VAULT);
    await t.activate(MEETING);
    t.ui.picks = ["Lee Chen"];
    t.ui.answers = ["Weekly sync on Mondays"];
    await t.run("add-key-decision");
    expect(t.ui.questions).toEqual(["Add key decision: which person?", "Key decision with Lee Chen"]);
    expect(t.read(LEE_PATH)).toBe(change(LEE, ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Weekly sync on Mondays\n\n"], STAMP));
  });

  it("Add topic merges comma-separated topics without duplicates", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    t.ui.answers = ["pricing, Renewal, Security review"];
    await t.run("add-topic");
    expect(t.read(LEE_PATH)).toBe(change(LEE, ["\nPricing\n", "\nPricing, Renewal, Security review\n"], STAMP));
  });

  it("Set contact field: field picker, then the value", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    t.ui.choices = ["Email"];
    t.ui.answers = ["lee@acme.example"];
    await t.run("set-contact-field");
    expect(t.ui.questions).toEqual(["Which contact field of Lee Chen?", "Email of Lee Chen (empty for unknown)"]);
    expect(t.read(LEE_PATH)).toBe(change(LEE, ["| **Email** | _Unknown_ |", "| **Email** | lee@acme.example |"], STAMP));
  });

  it("Mark reviewed removes the needs-review tag and keeps auto_created", async () => {
    const t = await setup(VAULT);
    await t.activate(DANA_PATH);
    await t.run("mark-reviewed");
    expect(t.read(DANA_PATH)).toBe(change(DANA, ["- type/people\n- needs-review\n", "- type/people\n"], STAMP));
  });

  it("Set keep-in-touch interval and Snooze person write their frontmatter keys", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    t.ui.answers = ["14"];
    await t.run("set-keep-in-touch");
    t.ui.answers = ["2026-12-09"];
    await t.run("snooze-person");
    expect(t.read(LEE_PATH)).toBe(change(LEE, ["last_contact: '2026-02-01'\n", "last_contact: '2026-02-01'\nkeep_in_touch: 14\nsnooze_until: '2026-12-09'\n"], STAMP));
  });

  it("a refusal is shown and nothing is written", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    t.ui.answers = ["   "];
    await t.run("add-key-fact");
    t.ui.answers = ["soon"];
    await t.run("snooze-person");
    expect(t.ui.notices).toEqual(["The key fact is empty.", '"soon" is not a date (YYYY-MM-DD).']);
    expect(t.read(LEE_PATH)).toBe(LEE);
  });

  it("a fact already there: nothing written, and the user is told", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    t.ui.answers = ["prefers EMAIL"];
    await t.run("add-key-fact");
    expect(t.read(LEE_PATH)).toBe(LEE);
    expect(t.ui.notices).toEqual(["Nothing to change: Lee Chen's note has it already."]);
  });

  it("a dismissed prompt writes nothing", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    await t.run("add-key-fact");
    expect(t.read(LEE_PATH)).toBe(LEE);
    expect(t.ui.notices).toEqual([]);
  });
});

describe("Log interaction", () => {
  it("writes last contact and an unlinked line on each person, once", async () => {
    const t = await setup(VAULT);
    await t.activate(LEE_PATH);
    const seen: string[][] = [];
    t.ui.interactionAnswer = (initial) => {
      seen.push([initial.date, ...initial.people.map((p) => p.name)]);
      const dana = [...t.plugin.people.index.entries()].find((p) => p.name === "Dana Okafor");
      return { ...initial, summary: "Call about the renewal", via: "phone", people: dana ? [...initial.people, dana] : initial.people };
    };
    await t.run("log-interaction");
    await t.run("log-interaction");
    expect(seen).toEqual([["2026-11-25", "Lee Chen"], ["2026-11-25", "Lee Chen"]]);
    const line = "- 2026-11-25: Call about the renewal (via phone)\n";
    expect(t.read(LEE_PATH)).toBe(
      change(LEE, ["last_contact: '2026-02-01'", "last_contact: '2026-11-25'"], ["## Recent Context\n\n", `## Recent Context\n\n${line}`], STAMP),
    );
    expect(t.read(DANA_PATH)).toBe(
      change(DANA, ["last_contact: '2026-03-02'", "last_contact: '2026-11-25'"], ["## Recent Context\n\n", `## Recent Context\n\n${line}`], STAMP),
    );
    expect(t.ui.notices[0]).toBe("Logged the interaction on 2 of 2 people.");
  });

  it("starts with no one when the active note is not a person", async () => {
    const t = await setup(VAULT);
    await t.activate(MEETING);
    let people: string[] = ["?"];
    t.ui.interactionAnswer = (initial) => ((people = initial.people.map((p) => p.name)), null);
    await t.run("log-interaction");
    expect(people).toEqual([]);
  });
});
