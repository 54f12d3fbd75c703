// @vitest-environment happy-dom
/** The calendars in the settings tab: a vault file or a secret address, the address kept in secret storage only. */
import { Setting, TextComponent } from "obsidian-test-mocks/obsidian";
import type { SettingDefinitionList, SettingDefinitionRender } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { KithSettingTab } from "../../../src/plugin/settings-tab";
import { setup } from "../commands/harness";

const SECRET_URL = "webcal://calendar.example/ical/private-5f2a9c/basic.ics";

async function tab(data: Record<string, unknown> = {}, files: Record<string, string> = {}) {
  const t = await setup({ "Calendars/work.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ...files }, data);
  return { ...t, tab: new KithSettingTab(t.app.asOriginalType__(), t.plugin) };
}

function calendarsList(settingTab: KithSettingTab): SettingDefinitionList {
  const list = settingTab.getSettingDefinitions().find((d): d is SettingDefinitionList => "type" in d && d.type === "list" && d.heading === "Calendars");
  if (!list) throw new Error("no Calendars list");
  return list;
}

/** Renders a row definition into a fresh Setting and returns the text inputs it made. */
function renderRow(item: unknown): { setting: Setting; texts: TextComponent[] } {
  const texts: TextComponent[] = [];
  const create = TextComponent.create__.bind(TextComponent);
  const spy = vi.spyOn(TextComponent, "create__").mockImplementation((el) => {
    const component = create(el);
    texts.push(component);
    return component;
  });
  const setting = Setting.create__(document.body.createDiv());
  (item as SettingDefinitionRender).render(setting.asOriginalType__(), undefined as never);
  spy.mockRestore();
  return { setting, texts };
}

describe("calendars in the settings tab", () => {
  it("adds a calendar from the list's add button and removes it with delete", async () => {
    const t = await tab();
    const update = vi.fn();
    Object.assign(t.tab, { update });
    expect(calendarsList(t.tab).items).toEqual([]);
    calendarsList(t.tab).addItem?.action(document.body);
    await vi.waitFor(() => expect(t.plugin.settings.calendars).toEqual([{ name: "Calendar", source: "file", file: "", secret: "" }]));
    await vi.waitFor(() => expect(update).toHaveBeenCalled());
    expect(calendarsList(t.tab).items?.map((i) => i.name)).toEqual(["Calendar"]);
    calendarsList(t.tab).onDelete?.(0);
    await vi.waitFor(() => expect(t.plugin.settings.calendars).toEqual([]));
  });

  it("keeps a pasted address in Obsidian's secret storage and only the secret's id in data.json", async () => {
    const t = await tab({ calendars: [{ name: "Team", source: "secret", secret: "" }] });
    const [row] = calendarsList(t.tab).items ?? [];
    const { texts } = renderRow(row);
    // Name, then the address (a password field: the address is not shown).
    expect(texts.map((x) => x.inputEl.getAttribute("aria-label"))).toEqual(["Calendar name", "Secret address"]);
    const address = texts[1];
    expect(address?.inputEl.type).toBe("password");
    // Typed a piece at a time: nothing is stored, saved or fetched until the field is left.
    for (const piece of ["https://cal", "https://calendar.example/priv", SECRET_URL]) {
      address?.setValue(piece);
      address?.simulateEvent__("input");
    }
    expect(t.plugin.settings.calendars[0]?.secret).toBe("");
    address?.simulateEvent__("change");
    await vi.waitFor(() => expect(t.plugin.settings.calendars[0]?.secret).toMatch(/^kith-calendar-[a-z0-9]+$/));
    const id = t.plugin.settings.calendars[0]?.secret ?? "";
    expect(t.app.secretStorage.getSecret(id)).toBe(SECRET_URL);
    const saved = JSON.stringify(await t.plugin.loadData());
    expect(saved).toContain(id);
    expect(saved).not.toContain("calendar.example");
  });

  it("offers a vault file with its path, and saves it", async () => {
    const t = await tab({ calendars: [{ name: "Work", source: "file", file: "" }] });
    const { texts } = renderRow(calendarsList(t.tab).items?.[0]);
    expect(texts.map((x) => x.inputEl.getAttribute("aria-label"))).toEqual(["Calendar name", "Calendar file"]);
    texts[1]?.setValue("Calendars/work.ics");
    texts[1]?.simulateEvent__("input");
    await vi.waitFor(() => expect(t.plugin.settings.calendars[0]).toEqual({ name: "Work", source: "file", file: "Calendars/work.ics", secret: "" }));
  });

  it("on an Obsidian without secret storage says why only vault files can be read", async () => {
    const t = await tab({ calendars: [{ name: "Team", source: "secret", secret: "team" }] });
    Object.defineProperty(t.app, "secretStorage", { value: undefined });
    const list = calendarsList(t.tab);
    expect(list.items?.[0]).toEqual({
      name: "Secret addresses",
      desc: "This version of Obsidian has no secret storage (it came in 1.11.4), so only ICS files in the vault can be read: a calendar's address is never kept in the plugin's settings.",
    });
    const { setting, texts } = renderRow(list.items?.[1]);
    expect(texts.map((x) => x.inputEl.getAttribute("aria-label"))).toEqual(["Calendar name"]);
    expect(setting.descEl.textContent).toContain("no secret storage");
  });
});
