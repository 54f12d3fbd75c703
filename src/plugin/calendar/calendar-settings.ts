import { Setting, type App, type SettingDefinitionItem } from "obsidian";
import { isKithError, updateSetting, type CalendarSetting } from "../../core";
import { isCalendarAddress } from "../../core/calendar";
import type { KithHost } from "../host";
import { PathSuggest } from "../modals/path-suggest";
import { secretStorageOf } from "./calendar-source";

/** What the calendar rows need of the settings tab. */
export interface CalendarSettingsContext {
  app: App;
  plugin: KithHost;
  /** Draws the tab again (a calendar added, removed, or its source changed). */
  rerender: () => void;
}

/** Obsidian's secret storage, to write an address into (1.11.4+); typed here as the plugin supports older versions. */
interface SecretWriter {
  getSecret(id: string): string | null;
  setSecret(id: string, secret: string): void;
}

const NO_SECRET_STORAGE = "This version of Obsidian has no secret storage (it came in 1.11.4), so only ICS files in the vault can be read: a calendar's address is never kept in the plugin's settings.";

function secretWriter(app: App): SecretWriter | null {
  const storage = secretStorageOf(app) as Partial<SecretWriter> | null;
  return storage && typeof storage.setSecret === "function" ? (storage as SecretWriter) : null;
}

/** Stores the calendars after a change; a refused value leaves them as they were and says why. */
async function saveCalendars(ctx: CalendarSettingsContext, calendars: CalendarSetting[]): Promise<string | null> {
  try {
    ctx.plugin.settings = updateSetting(ctx.plugin.settings, "calendars", calendars, "Calendars");
  } catch (error) {
    if (isKithError(error)) return error.message;
    throw error;
  }
  await ctx.plugin.saveSettings();
  // Guarded with `in`: the feature may be absent (tests of the tab alone).
  if ("meetings" in ctx.plugin) ctx.plugin.meetings?.refreshSoon();
  return null;
}

function changed(ctx: CalendarSettingsContext, index: number, change: Partial<CalendarSetting>): CalendarSetting[] {
  return ctx.plugin.settings.calendars.map((c, i) => (i === index ? { ...c, ...change } : c));
}

const NOT_AN_ADDRESS = "That is not a web address: paste the calendar's secret address as its app gives it.";

/** A new secret id: lower-case letters, digits and dashes, as secret storage takes them. */
const newSecretId = (): string => `kith-calendar-${Date.now().toString(36)}`;

/**
 * One calendar's row: its name, where it is read from, and the file (with path suggestions)
 * or the address. The address goes straight into Obsidian's secret storage; the settings keep
 * only the secret's id, and the field never shows the address again.
 */
export function renderCalendarRow(setting: Setting, index: number, ctx: CalendarSettingsContext): void {
  const calendar = ctx.plugin.settings.calendars[index];
  if (!calendar) return;
  const secrets = secretWriter(ctx.app);
  const stored = calendar.source === "secret" && calendar.secret !== "" && (secrets?.getSecret(calendar.secret) ?? "") !== "";
  setting.setName(calendar.name).setDesc(
    calendar.source === "file" ? "A calendar file (.ics) in the vault." : stored ? "Its address is in Obsidian's secret storage; paste a new one to replace it." : "Paste the calendar's secret iCal address.",
  );
  const error = setting.descEl.createDiv({ cls: "kith-setting-error" });
  const save = async (list: CalendarSetting[], redraw = false): Promise<void> => {
    const problem = await saveCalendars(ctx, list);
    error.setText(problem ?? "");
    if (!problem && redraw) ctx.rerender();
  };
  setting.addText((text) => {
    text.setPlaceholder("Name").setValue(calendar.name);
    text.inputEl.setAttribute("aria-label", "Calendar name");
    text.onChange((value) => void save(changed(ctx, index, { name: value })));
  });
  setting.addDropdown((dropdown) => {
    dropdown.addOption("file", "Calendar file in the vault");
    // Without secret storage an address cannot be kept: the option is offered only where it can.
    if (secrets || calendar.source === "secret") dropdown.addOption("secret", "Secret address");
    dropdown.setValue(calendar.source).onChange((value) => void save(changed(ctx, index, { source: value === "secret" ? "secret" : "file" }), true));
  });
  if (calendar.source === "file") {
    setting.addText((text) => {
      text.setPlaceholder("Calendars/work.ics").setValue(calendar.file);
      text.inputEl.setAttribute("aria-label", "Calendar file");
      text.onChange((value) => void save(changed(ctx, index, { file: value })));
      new PathSuggest(ctx.app, text.inputEl, () => ctx.app.vault.getFiles().filter((f) => f.extension.toLowerCase() === "ics").map((f) => f.path));
    });
    return;
  }
  if (!secrets) {
    error.setText(NO_SECRET_STORAGE);
    return;
  }
  setting.addText((text) => {
    text.inputEl.type = "password";
    text.inputEl.setAttribute("aria-label", "Secret address");
    text.setPlaceholder(stored ? "Stored" : "https://… or webcal://…");
    // One secret per calendar, named once: the address is stored when the field is left, not at
    // each keystroke (a half-typed address is no secret to keep, nor a calendar to fetch).
    const id = calendar.secret !== "" ? calendar.secret : newSecretId();
    text.onChange((value) => error.setText(value.trim() === "" || isCalendarAddress(value.trim()) ? "" : NOT_AN_ADDRESS));
    text.inputEl.addEventListener("change", () => {
      const address = text.getValue().trim();
      if (address === "" || !isCalendarAddress(address)) return;
      secrets.setSecret(id, address);
      if (calendar.secret === id) {
        if ("meetings" in ctx.plugin) void ctx.plugin.meetings?.refresh();
        return;
      }
      void save(changed(ctx, index, { secret: id }));
    });
  });
}

/** Adds a calendar (a vault file until the user picks an address) and draws the tab again. */
export async function addCalendar(ctx: CalendarSettingsContext): Promise<void> {
  const count = ctx.plugin.settings.calendars.length;
  await saveCalendars(ctx, [...ctx.plugin.settings.calendars, { name: count === 0 ? "Calendar" : `Calendar ${count + 1}`, source: "file", file: "", secret: "" }]);
  ctx.rerender();
}

/** Removes a calendar (its secret stays in Obsidian's storage, where the user manages secrets). */
export async function removeCalendar(ctx: CalendarSettingsContext, index: number): Promise<void> {
  await saveCalendars(ctx, ctx.plugin.settings.calendars.filter((_, i) => i !== index));
  ctx.rerender();
}

/** The calendars as a declarative list (Obsidian 1.13+): one row each, add and delete. */
export function calendarDefinitions(ctx: CalendarSettingsContext): SettingDefinitionItem[] {
  const noStorage = secretWriter(ctx.app) === null;
  return [
    {
      type: "list",
      heading: "Calendars",
      emptyState: "No calendars: add one to list today's meetings in the people panel.",
      items: [
        ...(noStorage ? [{ name: "Secret addresses", desc: NO_SECRET_STORAGE }] : []),
        ...ctx.plugin.settings.calendars.map((calendar, index) => ({ name: calendar.name, render: (setting: Setting) => renderCalendarRow(setting, index, ctx) })),
      ],
      onDelete: (index) => void removeCalendar(ctx, noStorage ? index - 1 : index),
      addItem: { name: "Add calendar", action: () => void addCalendar(ctx) },
    },
  ];
}

/** The same list drawn by hand, for Obsidian before 1.13. */
export function renderCalendarSettings(containerEl: HTMLElement, ctx: CalendarSettingsContext): void {
  new Setting(containerEl).setName("Calendars").setHeading();
  if (secretWriter(ctx.app) === null) new Setting(containerEl).setName("Secret addresses").setDesc(NO_SECRET_STORAGE);
  ctx.plugin.settings.calendars.forEach((_, index) => {
    const setting = new Setting(containerEl);
    renderCalendarRow(setting, index, ctx);
    setting.addExtraButton((button) => button.setIcon("trash").setTooltip("Remove calendar").onClick(() => void removeCalendar(ctx, index)));
  });
  new Setting(containerEl).addButton((button) => button.setButtonText("Add calendar").onClick(() => void addCalendar(ctx)));
}
