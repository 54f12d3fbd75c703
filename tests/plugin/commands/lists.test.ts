// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { change, md, STAMP } from "../../core/helpers";
import { setup } from "./harness";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const DANA_PATH = "People/Dana Okafor.md";

/** A person note with the given frontmatter lines. */
const person = (name: string, ...fm: string[]): string =>
  md("---", "type: people", `title: ${name}`, ...fm, "tags:", "- type/people", "---", "", `# ${name}`, "", "---", "*Last updated: *", "");

const VAULT = {
  [DANA_PATH]: DANA, // auto-created, needs review, last contact 2026-03-02: 268 days
  "People/Ana.md": person("Ana", "last_contact: '2026-11-20'"), // 5 days, within 30
  "People/Bo.md": person("Bo", "last_contact: '2026-11-10'", "keep_in_touch: 7"), // 15 days, own threshold 7: 8 over
  "People/Cy.md": person("Cy", "last_contact: '2026-01-01'", "snooze_until: '2026-12-01'"), // snoozed
  "People/Di.md": person("Di", "last_contact: '2026-10-01'", "keep_in_touch: 90"), // 55 days, within 90
  "People/Ed.md": person("Ed", "created: '2026-09-26'"), // no contact yet: 60 days since created, 30 over
  "People/Fay.md": person("Fay", "last_contact: '2025-01-01'", "keep_in_touch: 0"), // not tracked
};

describe("Stale contacts", () => {
  it("lists the overdue, most overdue first, with per-person thresholds and snoozes", async () => {
    const t = await setup(VAULT, { dateFormat: "D MMM YYYY", settingsVersion: 2 });
    await t.run("stale-contacts");
    const [list] = t.ui.lists;
    expect(list?.title).toBe("Stale contacts (3)");
    expect(list?.rows.map((r) => [r.title, r.detail, r.actions.map((a) => a.label)])).toEqual([
      ["Dana Okafor", "Last contact 2 Mar 2026, 238 days overdue (every 30 days)", ["Open", "Log interaction", "Snooze"]],
      ["Ed", "Last contact 26 Sep 2026, 30 days overdue (every 30 days)", ["Open", "Log interaction", "Snooze"]],
      ["Bo", "Last contact 10 Nov 2026, 8 days overdue (every 7 days)", ["Open", "Log interaction", "Snooze"]],
    ]);
  });

  it("snooze from the list hides the person next time; open opens the note", async () => {
    const t = await setup(VAULT);
    await t.run("stale-contacts");
    const bo = t.ui.lists[0]?.rows.find((r) => r.title === "Bo");
    t.ui.answers = ["2026-12-02"];
    await bo?.actions.find((a) => a.label === "Snooze")?.run();
    await bo?.actions.find((a) => a.label === "Open")?.run();
    expect(t.read("People/Bo.md")).toBe(
      change(VAULT["People/Bo.md"], ["keep_in_touch: 7\n", "keep_in_touch: 7\nsnooze_until: '2026-12-02'\n"], STAMP),
    );
    expect(t.ui.opened).toEqual(["People/Bo.md"]);
    await t.run("stale-contacts");
    expect(t.ui.lists[1]?.rows.map((r) => r.title)).toEqual(["Dana Okafor", "Ed"]);
  });
});

describe("Review queue", () => {
  it("lists auto-created people still needing review; mark reviewed takes them out", async () => {
    const t = await setup(VAULT);
    await t.run("review-queue");
    const rows = t.ui.lists[0]?.rows ?? [];
    expect(rows.map((r) => [r.title, r.actions.map((a) => a.label)])).toEqual([["Dana Okafor", ["Open", "Mark reviewed", "Merge into..."]]]);
    await rows[0]?.actions[1]?.run();
    expect(t.read(DANA_PATH)).toBe(change(DANA, ["- needs-review\n", ""], STAMP));
    await t.run("review-queue");
    expect(t.ui.lists[1]?.rows).toEqual([]);
    expect(t.ui.lists[1]?.title).toBe("Review queue (0)");
  });
});
