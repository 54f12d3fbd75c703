// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { KithSettingTab } from "../../../src/plugin/settings-tab";
import { md } from "../../core/helpers";
import { setup } from "./harness";

/** A person kept in Properties only. */
const properties = (...fm: string[]): string => md("---", "tags: [Person]", ...fm, "---", "");

// Today is 2026-11-25 (the harness's clock).
const VAULT = {
  "People/Ana.md": properties("birthday: 1990-12-01"), // in 6 days, turns 36
  "People/Bo.md": md("---", "type: people", "title: Bo", "---", "", "## Contact Information", "", "| Field | Value |", "|---|---|", "| **Birthday** | --11-25 |", ""), // today, no year
  "People/Cy.md": md("---", "type: person", "---", "", "Anniversary:: 2015-11-26", ""), // tomorrow, 11 years
  "People/Di.md": properties("birthday: 2 January"), // outside the 30 days
  "People/Ed.md": properties("first met: 2020-12-20"), // a named field: 6 years
  "Meetings/Standup.md": md("Birthday:: 1990-11-27", ""), // no person
};

describe("Upcoming dates", () => {
  it("lists the next 30 days' key dates, soonest first, with the age or years; each row opens the person", async () => {
    const t = await setup(VAULT, { dateFormat: "D MMM YYYY", settingsVersion: 2, keyDateFields: ["First met"] });
    await t.run("upcoming-dates");
    const [list] = t.ui.lists;
    expect(list?.title).toBe("Upcoming dates (4)");
    expect(list?.rows.map((r) => [r.title, r.detail, r.actions.map((a) => a.label)])).toEqual([
      ["Bo", "Birthday: 25 Nov 2026 (today)", ["Open"]],
      ["Cy", "Anniversary, 11 years: 26 Nov 2026 (tomorrow)", ["Open"]],
      ["Ana", "Birthday, turns 36: 1 Dec 2026 (in 6 days)", ["Open"]],
      ["Ed", "First met, 6 years: 20 Dec 2026 (in 25 days)", ["Open"]],
    ]);
    await list?.rows[2]?.actions[0]?.run();
    expect(t.ui.opened).toEqual(["People/Ana.md"]);
  });

  it("without the named field in the settings; naming it in the settings tab indexes it; no one with a date coming", async () => {
    const t = await setup(VAULT);
    await t.run("upcoming-dates");
    expect(t.ui.lists[0]?.rows.map((r) => r.title)).toEqual(["Bo", "Cy", "Ana"]);
    await new KithSettingTab(t.app.asOriginalType__(), t.plugin).setControlValue("keyDateFields", "first_met, Started");
    await t.plugin.indexer.ready;
    expect(t.plugin.settings.keyDateFields).toEqual(["first_met", "Started"]);
    await t.run("upcoming-dates");
    expect(t.ui.lists[1]?.rows.map((r) => [r.title, r.detail])).toContainEqual(["Ed", "first_met, 6 years: 2026-12-20 (in 25 days)"]);
    const empty = await setup({ "People/Di.md": VAULT["People/Di.md"] });
    await empty.run("upcoming-dates");
    expect(empty.ui.lists[0]?.title).toBe("Upcoming dates (0)");
    expect(empty.ui.lists[0]?.rows).toEqual([]);
  });
});
