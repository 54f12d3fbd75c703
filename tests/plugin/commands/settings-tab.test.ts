// @vitest-environment happy-dom
import { TextComponent } from "obsidian-test-mocks/obsidian";
import type { SettingDefinitionGroup, SettingDefinitionControl } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core";
import { KithSettingTab } from "../../../src/plugin/settings-tab";
import { setup } from "./harness";

async function tab(data: Record<string, unknown> = {}) {
  const t = await setup({ "Contacts/a.md": "", "Work/Projects/p.md": "" }, data);
  return { ...t, tab: new KithSettingTab(t.app.asOriginalType__(), t.plugin) };
}

/** The declarative definitions by setting name. */
function definitions(settingTab: KithSettingTab): Map<string, SettingDefinitionControl> {
  const groups = settingTab.getSettingDefinitions() as SettingDefinitionGroup[];
  return new Map(groups.flatMap((g) => (g.items ?? []) as SettingDefinitionControl[]).map((d) => [d.name, d]));
}

describe("settings tab, declarative (Obsidian 1.13+)", () => {
  it("declares every setting with its control; folders get the folder control", async () => {
    const { tab: settingTab } = await tab();
    const defs = definitions(settingTab);
    expect([...defs.keys()]).toEqual([
      "People folder",
      "Meetings folder",
      "Project folders",
      "Your name",
      "Your aliases",
      "Person markers",
      "Notes in the people folder are people",
      "Found now",
      "Contact details in new notes",
      "Dataview blocks",
      "Template note",
      "Recent context cap",
      "Summary length",
      "Keep profile role in step",
      "Stale threshold",
      "Key date fields",
      "Date display format",
      "Your emails",
      "Refresh interval",
      "Extract recaps with your model",
      "Server address",
      "Model",
      "API key",
      "Timeout",
      "Contact information",
      "Relationship",
      "Background",
      "Projects",
      "Open tasks",
      "Tasks they own",
      "Key facts",
      "Topics discussed",
      "Recent context",
      "Older context",
      "Profile",
      "Key decisions",
      "Related",
    ]);
    expect(defs.get("People folder")?.control).toMatchObject({ type: "folder", key: "peopleFolder" });
    expect(defs.get("Meetings folder")?.control).toMatchObject({ type: "folder", key: "meetingsFolder" });
    expect(defs.get("Stale threshold")?.control).toMatchObject({ type: "number", key: "staleDays" });
    expect(defs.get("Key facts")?.control).toMatchObject({ type: "text", key: "headings.keyFacts" });
    expect(defs.get("Contact details in new notes")?.control).toEqual({ type: "dropdown", key: "newNoteContacts", options: { table: "Contact table", properties: "Properties" } });
  });

  it("stores where new notes keep contact details, and refuses anything but table or properties", async () => {
    const { tab: settingTab, plugin } = await tab();
    await settingTab.setControlValue("newNoteContacts", "properties");
    expect(plugin.settings.newNoteContacts).toBe("properties");
    await settingTab.setControlValue("newNoteContacts", "frontmatter");
    expect(plugin.settings.newNoteContacts).toBe("properties");
  });

  it("validates with a message; a refused value is never stored", async () => {
    const t = await tab();
    const defs = definitions(t.tab);
    const validate = (name: string, value: unknown) => (defs.get(name)?.control as { validate?: (v: unknown) => unknown }).validate?.(value);
    expect(validate("Stale threshold", -3)).toBe("Stale threshold must be at least 1.");
    expect(validate("People folder", "Peo?ple")).toBe('People folder: "Peo?ple" holds "?", which a vault cannot hold in a name.');
    expect(validate("Stale threshold", 14)).toBeUndefined();

    await t.tab.setControlValue("staleDays", -3);
    await t.tab.setControlValue("peopleFolder", "Peo?ple");
    expect(t.plugin.settings.staleDays).toBe(DEFAULT_SETTINGS.staleDays);
    expect(t.plugin.settings.peopleFolder).toBe("People");
    await t.tab.setControlValue("staleDays", 14);
    await t.tab.setControlValue("projectFolders", "Work/Projects, Side");
    expect(await t.plugin.loadData()).toMatchObject({ staleDays: 14, projectFolders: ["Work/Projects", "Side"] });
    expect(t.tab.getControlValue("projectFolders")).toBe("Work/Projects, Side");
    expect(t.tab.getControlValue("headings.related")).toBe("Related");
  });
});

describe("settings tab, display() fallback", () => {
  it("renders the same list; a bad value shows a message and the old value stays", async () => {
    const created: TextComponent[] = [];
    const create = TextComponent.create__.bind(TextComponent);
    vi.spyOn(TextComponent, "create__").mockImplementation((el) => {
      const component = create(el);
      created.push(component);
      return component;
    });
    const t = await tab({ staleDays: 20 });
    // The fallback for Obsidian before 1.13 is what this test is about; it is deprecated in 1.13's typings.
    (t.tab as { display(): void }).display();
    expect(t.tab.containerEl.textContent).toContain("Stale threshold");
    expect(t.tab.containerEl.textContent).toContain("Section headings");

    // Text fields in list order: 5 in the first group, the markers, the template, 2 edits, then the threshold.
    const stale = created[9];
    expect(stale?.inputEl.value).toBe("20");
    stale?.setValue("-3");
    await vi.waitFor(() => expect(t.tab.containerEl.textContent).toContain("Stale threshold must be at least 1."));
    expect(t.plugin.settings.staleDays).toBe(20);
    stale?.simulateEvent__("blur");
    expect(stale?.inputEl.value).toBe("20");

    stale?.setValue("45");
    await vi.waitFor(() => expect(t.tab.containerEl.textContent).not.toContain("must be at least 1"));
    expect(t.plugin.settings.staleDays).toBe(45);
    vi.restoreAllMocks();
  });
});

describe("settings tab, who is a person", () => {
  const notes = {
    "Contacts/Ana.md": "# Ana\n",
    "Notes/Bo.md": "---\ntype: person\n---\n",
    "Notes/Cy.md": "---\ntags: [Person]\n---\n",
    "Notes/Dee.md": "# Dee\n\n#contact\n",
    "Notes/Eli.md": "---\ncategory: contact\ntags: [type/people]\n---\n",
    "Notes/Standup.md": "---\ntype: meeting\n---\n",
  };

  it("shows live how many notes each rule finds, from the metadata cache, and counts again when a rule changes", async () => {
    const t = await setup(notes, { peopleFolder: "Contacts" });
    const settingTab = new KithSettingTab(t.app.asOriginalType__(), t.plugin);
    expect(settingTab.personCounts()).toBe("5 people: 1 in the people folder, 2 by type or category, 3 by tag.");
    (settingTab as { display(): void }).display();
    expect(settingTab.containerEl.textContent).toContain("5 people: 1 in the people folder, 2 by type or category, 3 by tag.");
    await settingTab.setControlValue("peopleFolderMarksPeople", false);
    await settingTab.setControlValue("personMarkers", "contact");
    // `people`, the type new notes are written with, stays a marker.
    expect(settingTab.containerEl.textContent).toContain("2 people: 0 in the people folder, 1 by type or category, 2 by tag.");
    expect(await t.plugin.loadData()).toMatchObject({ personMarkers: ["contact"], peopleFolderMarksPeople: false });
  });

  it("leaves the template folders out, read from the vault's config once the layout is ready", async () => {
    const t = await setup({ ...notes, "Templates/Person.md": "---\ntype: person\n---\n", ".obsidian/templates.json": '{"folder": "Templates"}' }, { peopleFolder: "Contacts" });
    await vi.waitFor(() => expect(t.plugin.templateFolders).toEqual(["Templates"]));
    const settingTab = new KithSettingTab(t.app.asOriginalType__(), t.plugin);
    expect(settingTab.personCounts()).toBe("5 people: 1 in the people folder, 2 by type or category, 3 by tag. 1 template left out.");
    expect(t.plugin.people.index.get("Templates/Person.md")).toBeUndefined();
    expect(t.plugin.people.index.get("Notes/Bo.md")?.name).toBe("Bo");
  });
});
