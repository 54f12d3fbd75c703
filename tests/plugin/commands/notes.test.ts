// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newPersonNote, normalizePersonNote } from "../../../src/core";
import { md } from "../../core/helpers";
import { LEE, LEE_PATH } from "../../core/commands-core/notes";
import { setup, TODAY } from "./harness";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8").replace("tags:", "aliases:\n- Dee\ntags:");
const DANA_PATH = "People/Dana Okafor.md";
const BARE = md("---", "type: people", "title: Bo", "---", "", "# Bo", "", "## Key Facts", "", "- Likes tea.", "");

describe("New person", () => {
  it("creates the note from the built-in layout in the people folder and opens it", async () => {
    const t = await setup({ [DANA_PATH]: DANA }, { peopleFolder: "Contacts", includeDataview: false });
    t.ui.answers = ["  Tomás   Núñez "];
    await t.run("new-person");
    const path = "Contacts/Tomás Núñez.md";
    expect(t.read(path)).toBe(newPersonNote("Tomás Núñez", { today: TODAY, includeDataview: false }));
    expect(t.ui.opened).toEqual([path]);
  });

  it.each([["Dana Okafor"], ["okafor, dana"], ["Dee"]])("an existing name or alias (%s) opens that note instead", async (query) => {
    const t = await setup({ [DANA_PATH]: DANA });
    t.ui.answers = [query];
    await t.run("new-person");
    expect(t.ui.opened).toEqual([DANA_PATH]);
    expect(t.ui.notices).toEqual(["Dana Okafor already has a note."]);
    expect(t.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual([DANA_PATH]);
  });

  it("an existing email opens that note instead", async () => {
    const withEmail = LEE.replace("| **Email** | _Unknown_ |", "| **Email** | lee@acme.example |");
    const t = await setup({ [LEE_PATH]: withEmail });
    t.ui.answers = ["Lee@Acme.example"];
    await t.run("new-person");
    expect(t.ui.opened).toEqual([LEE_PATH]);
  });

  it("uses the template note when one is set", async () => {
    const template = md("---", "type: people", "title: {{name}}", "created: '{{date}}'", "---", "# {{name}}", "", "Tasks: {{handle}}", "");
    const t = await setup({ "Templates/Person.md": template }, { templatePath: "Templates/Person.md" });
    t.ui.answers = ["Ana Souza"];
    await t.run("new-person");
    expect(t.read("People/Ana Souza.md")).toBe(md("---", "type: people", "title: Ana Souza", "created: '2026-11-25'", "---", "# Ana Souza", "", "Tasks: @AnaSouza", ""));
  });

  it("a missing template note is reported and nothing is created", async () => {
    const t = await setup({}, { templatePath: "Templates/Gone.md" });
    t.ui.answers = ["Ana Souza"];
    await t.run("new-person");
    expect(t.ui.notices).toEqual(["The template note Templates/Gone.md does not exist: fix it in the settings or clear it."]);
    expect(t.app.vault.getMarkdownFiles()).toEqual([]);
  });
});

describe("Find person", () => {
  it("opens the person picked", async () => {
    const t = await setup({ [DANA_PATH]: DANA });
    t.ui.picks = ["Dana Okafor"];
    await t.run("find-person");
    expect(t.ui.opened).toEqual([DANA_PATH]);
  });
});

describe("Normalize person note", () => {
  it("shows the change, then writes it", async () => {
    const t = await setup({ "People/Bo.md": BARE });
    await t.activate("People/Bo.md");
    t.ui.confirm_ = [true];
    await t.run("normalize-person-note");
    const [shown] = t.ui.confirmations;
    expect(shown?.changes).toHaveLength(1);
    expect(shown?.changes[0]?.before).toBe(BARE);
    const expected = normalizePersonNote(BARE, "People/Bo.md", { today: TODAY });
    expect(shown?.changes[0]?.after).toBe(expected);
    expect(t.read("People/Bo.md")).toBe(expected);
    expect(expected).toContain("## Key Facts\n\n- Likes tea.\n\n## Topics Discussed\n");
  });

  it("writes nothing when the user declines, and says so when there is nothing to do", async () => {
    const t = await setup({ "People/Bo.md": BARE, [DANA_PATH]: newPersonNote("Dana Okafor", { today: "2026-01-01" }) });
    await t.activate("People/Bo.md");
    t.ui.confirm_ = [false];
    await t.run("normalize-person-note");
    expect(t.read("People/Bo.md")).toBe(BARE);
    await t.activate(DANA_PATH);
    await t.run("normalize-person-note");
    expect(t.ui.confirmations).toHaveLength(1);
    expect(t.ui.notices).toEqual(["Dana Okafor's note already has every section and a dated footer."]);
  });
});

describe("Rename person", () => {
  it("renames title, H1 and file, keeps the old name as an alias, rewrites @handle tasks", async () => {
    const project = md("# Pilot", "- [ ] Send the deck @LeeChen", "- [ ] Ask @LeeChenX", "");
    const t = await setup({ [LEE_PATH]: LEE, "Projects/Pilot.md": project });
    await t.activate(LEE_PATH);
    t.ui.answers = ["Lee Park"];
    await t.run("rename-person");
    const path = "People/Lee Park.md";
    expect(t.read(LEE_PATH)).toBeUndefined();
    expect(t.read(path)).toBe(
      LEE.replace("title: Lee Chen", "title: Lee Park")
        .replace("- type/people\n---", "- type/people\naliases:\n- Lee Chen\n---")
        .replace("# Lee Chen", "# Lee Park")
        .replace('"@LeeChen"', '"@LeePark"')
        .replace("*Last updated: *", "*Last updated: 2026-11-25*"),
    );
    expect(t.read("Projects/Pilot.md")).toBe(project.replace("deck @LeeChen", "deck @LeePark"));
    expect(t.ui.notices).toEqual(["Renamed Lee Chen to Lee Park; @LeeChen became @LeePark in 1 note."]);
  });

  it("refuses a name another note already has, and changes nothing", async () => {
    const t = await setup({ [LEE_PATH]: LEE, "People/Bo.md": BARE });
    await t.activate(LEE_PATH);
    t.ui.answers = ["Bo"];
    await t.run("rename-person");
    expect(t.ui.notices).toEqual(["People/Bo.md already exists: choose another name."]);
    expect(t.read(LEE_PATH)).toBe(LEE);
  });
});
