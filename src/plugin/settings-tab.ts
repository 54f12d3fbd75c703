import { getAllTags, PluginSettingTab, Setting, type App, type SettingControl, type SettingDefinitionItem, type SettingGroupItem } from "obsidian";
import {
  countPersonRules,
  DEFAULT_HEADINGS,
  describePersonRuleCounts,
  isKithError,
  personRules,
  settingProblem,
  settingValue,
  updateSetting,
  type CachedNote,
  type SectionKey,
  type SettingKey,
} from "../core";
import { calendarDefinitions, renderCalendarSettings, type CalendarSettingsContext } from "./calendar/calendar-settings";
import { modelDefinitions, renderModelSettings } from "./extract/model-settings";
import type { KithHost } from "./host";
import { PathSuggest } from "./modals/path-suggest";

type Control = "text" | "folder" | "file" | "number" | "toggle" | "dropdown";

interface Field {
  key: SettingKey;
  name: string;
  desc: string;
  control: Control;
  /** A dropdown's choices: stored value to shown name. */
  options?: Record<string, string>;
}

interface Group {
  heading?: string;
  fields: Field[];
}

/** The settings' names for the sections, in canonical order. */
const SECTION_NAMES: Record<SectionKey, string> = {
  contact: "Contact information",
  relationship: "Relationship",
  background: "Background",
  projects: "Projects",
  openTasks: "Open tasks",
  tasksTheyOwn: "Tasks they own",
  keyFacts: "Key facts",
  topics: "Topics discussed",
  recentContext: "Recent context",
  olderContext: "Older context",
  profile: "Profile",
  keyDecisions: "Key decisions",
  related: "Related",
};

/** Every setting, declared once: the declarative tab (Obsidian 1.13+) and `display` both render this list. */
const GROUPS: Group[] = [
  {
    fields: [
      { key: "peopleFolder", name: "People folder", desc: "Where new person notes are created.", control: "folder" },
      { key: "meetingsFolder", name: "Meetings folder", desc: "Where meeting recaps are filed.", control: "folder" },
      { key: "projectFolders", name: "Project folders", desc: "Folders of project notes, separated by commas.", control: "text" },
      { key: "myName", name: "Your name", desc: "Left out when a recap updates its attendees.", control: "text" },
      { key: "myAliases", name: "Your aliases", desc: "Other names you go by, separated by commas; left out of recaps too.", control: "text" },
    ],
  },
  {
    heading: "Who is a person",
    fields: [
      {
        key: "personMarkers",
        name: "Person markers",
        desc: "Values of type or category, and tags (any case, with or without type/), that mark a person note; separated by commas.",
        control: "text",
      },
      { key: "peopleFolderMarksPeople", name: "Notes in the people folder are people", desc: "Unless their type or category says they are something else.", control: "toggle" },
    ],
  },
  {
    heading: "New notes",
    fields: [
      {
        key: "newNoteContacts",
        name: "Contact details in new notes",
        desc: "Where a new note keeps e-mail, phone, role and company: the contact table, or properties.",
        control: "dropdown",
        options: { table: "Contact table", properties: "Properties" },
      },
      { key: "includeDataview", name: "Dataview blocks", desc: "New notes carry the Projects and task queries for Dataview.", control: "toggle" },
      {
        key: "templatePath",
        name: "Template note",
        desc: "A note to make new people from instead of the built-in layout; {{name}}, {{date}} and {{handle}} are filled in.",
        control: "file",
      },
    ],
  },
  {
    heading: "Edits",
    fields: [
      { key: "recentContextCap", name: "Recent context cap", desc: "Lines kept in recent context; older ones move to older context. 0 keeps all.", control: "number" },
      { key: "summaryLength", name: "Summary length", desc: "Characters of a summary kept in a recent context line.", control: "number" },
      { key: "syncProfileRole", name: "Keep profile role in step", desc: "Setting the role in the contact table also sets it in the profile.", control: "toggle" },
    ],
  },
  {
    heading: "Keep in touch",
    fields: [
      { key: "staleDays", name: "Stale threshold", desc: "Days without contact before someone is stale, unless their note sets keep_in_touch.", control: "number" },
      {
        key: "keyDateFields",
        name: "Key date fields",
        desc: "Dated fields shown in Upcoming dates besides birthday and anniversary (properties, contact table rows or inline fields), separated by commas.",
        control: "text",
      },
      { key: "dateFormat", name: "Date display format", desc: "How dates are shown, with the tokens of Obsidian's own date settings (YYYY-MM-DD, DD MMM YYYY).", control: "text" },
    ],
  },
  {
    heading: "Calendar",
    fields: [
      { key: "myEmails", name: "Your emails", desc: "Your own addresses, separated by commas: you are left out of a meeting's attendees.", control: "text" },
      { key: "calendarRefreshMinutes", name: "Refresh interval", desc: "Minutes between refreshes of today's meetings in the people panel.", control: "number" },
    ],
  },
  {
    heading: "Section headings",
    fields: (Object.keys(SECTION_NAMES) as SectionKey[]).map((key) => ({
      key: `headings.${key}` as const,
      name: SECTION_NAMES[key],
      desc: `The heading of this section in your notes (default: ${DEFAULT_HEADINGS[key]}).`,
      control: "text" as const,
    })),
  },
];

const FIELDS = GROUPS.flatMap((g) => g.fields);

/** The settings that change who is a person: the counts are computed again when one changes. */
const PERSON_RULE_KEYS: ReadonlySet<SettingKey> = new Set(["personMarkers", "peopleFolderMarksPeople", "peopleFolder", "personType"]);

/** The vault's notes as the metadata cache knows them: frontmatter and tags, no file read. */
function cachedNotes(app: App): CachedNote[] {
  return app.vault.getMarkdownFiles().map((file) => {
    const cache = app.metadataCache.getFileCache(file);
    return { path: file.path, frontmatter: cache?.frontmatter, tags: () => (cache ? getAllTags(cache) : null) ?? [] };
  });
}

/**
 * Settings, declared once: Obsidian 1.13+ renders (and searches) the definitions itself;
 * older versions get the same list rendered by `display`. A bad value is refused with a
 * message and the stored value stays.
 */
export class KithSettingTab extends PluginSettingTab {
  /** Where the counts of the person rules show, while the tab is open. */
  private countsEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly plugin: KithHost,
  ) {
    super(app, plugin);
  }

  /** How many notes each person rule finds now, in words. */
  personCounts(): string {
    return describePersonRuleCounts(countPersonRules(cachedNotes(this.app), personRules(this.plugin.settings, [], this.plugin.templateFolders)));
  }

  private renderCounts(setting: Setting): void {
    this.countsEl = setting.descEl;
    setting.setDesc(this.personCounts());
  }

  /** Which way the tab was drawn last, so a calendar added or removed redraws it the same way. */
  private declarative = false;

  private calendarContext(): CalendarSettingsContext {
    return { app: this.app, plugin: this.plugin, rerender: () => this.redraw() };
  }

  /**
   * Draws the tab again: `update` where the tab is declarative (1.13+, where it exists), else
   * `display`. Both typed here: the plugin's typings know them only as 1.13's and deprecated.
   */
  private redraw(): void {
    const tab = this as unknown as { update?: () => void; display: () => void };
    if (this.declarative && typeof tab.update === "function") tab.update();
    else tab.display();
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    this.declarative = true;
    const groups = GROUPS.map((group): SettingDefinitionItem => ({
      type: "group",
      heading: group.heading,
      items: [
        ...group.fields.map((field): SettingGroupItem => ({ name: field.name, desc: field.desc, control: this.control(field) })),
        ...(group.fields.some((f) => f.key === "personMarkers") ? [{ name: "Found now", render: (setting: Setting) => this.renderCounts(setting) }] : []),
      ],
    }));
    // The calendars list and Your model go right after the Calendar group (before the section headings).
    const at = GROUPS.findIndex((g) => g.heading === "Calendar") + 1;
    return [...groups.slice(0, at), ...calendarDefinitions(this.calendarContext()), ...modelDefinitions(this.calendarContext()), ...groups.slice(at)];
  }

  private control(field: Field): SettingControl {
    const validate = (value: unknown): string | undefined => settingProblem(this.plugin.settings, field.key, value, field.name) ?? undefined;
    const key = field.key;
    switch (field.control) {
      case "folder":
        return { type: "folder", key, validate };
      case "file":
        return { type: "file", key, validate, filter: (file) => file.extension === "md" };
      case "number":
        return { type: "number", key, min: 0, step: 1, validate };
      case "toggle":
        return { type: "toggle", key };
      case "dropdown":
        return { type: "dropdown", key, options: field.options ?? {} };
      case "text":
        return { type: "text", key, validate };
    }
  }

  override getControlValue(key: string): unknown {
    const field = FIELDS.find((f) => f.key === key);
    return field ? settingValue(this.plugin.settings, field.key) : undefined;
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const field = FIELDS.find((f) => f.key === key);
    if (field) await this.apply(field, value);
  }

  /** Stores a value; returns why it was refused (the old value then stays), or null. */
  private async apply(field: Field, value: unknown): Promise<string | null> {
    try {
      this.plugin.settings = updateSetting(this.plugin.settings, field.key, value, field.name);
    } catch (error) {
      if (isKithError(error)) return error.message;
      throw error;
    }
    await this.plugin.saveSettings();
    if (PERSON_RULE_KEYS.has(field.key)) this.countsEl?.setText(this.personCounts());
    return null;
  }

  override display(): void {
    this.declarative = false;
    const { containerEl } = this;
    containerEl.empty();
    for (const group of GROUPS) {
      if (group.heading) new Setting(containerEl).setName(group.heading).setHeading();
      for (const field of group.fields) this.renderField(containerEl, field);
      if (group.fields.some((f) => f.key === "personMarkers")) this.renderCounts(new Setting(containerEl).setName("Found now"));
      if (group.heading === "Calendar") renderCalendarSettings(containerEl, this.calendarContext());
      if (group.heading === "Calendar") renderModelSettings(containerEl, this.calendarContext());
    }
  }

  private renderField(containerEl: HTMLElement, field: Field): void {
    const setting = new Setting(containerEl).setName(field.name).setDesc(field.desc);
    const error = setting.descEl.createDiv({ cls: "kith-setting-error" });
    const stored = (): string | number | boolean => settingValue(this.plugin.settings, field.key);
    const commit = async (value: unknown): Promise<void> => {
      error.setText((await this.apply(field, value)) ?? "");
    };
    if (field.control === "toggle") {
      setting.addToggle((toggle) => toggle.setValue(stored() === true).onChange((value) => void commit(value)));
      return;
    }
    if (field.control === "dropdown") {
      setting.addDropdown((dropdown) => dropdown.addOptions(field.options ?? {}).setValue(String(stored())).onChange((value) => void commit(value)));
      return;
    }
    setting.addText((text) => {
      text.setValue(String(stored())).onChange((value) => void commit(value));
      // A refused value leaves the field: show the stored one again, the message stays.
      text.inputEl.addEventListener("blur", () => {
        text.setValue(String(stored()));
      });
      if (field.control === "number") text.inputEl.type = "number";
      if (field.control === "folder") new PathSuggest(this.app, text.inputEl, () => this.app.vault.getAllFolders(false).map((f) => f.path));
      if (field.control === "file") new PathSuggest(this.app, text.inputEl, () => this.app.vault.getMarkdownFiles().map((f) => f.path));
    });
  }
}
