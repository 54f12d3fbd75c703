// @vitest-environment happy-dom
/**
 * Your model in the settings tab: the API key kept in Obsidian's secret storage (only its id in
 * data.json), List models through a stubbed requestUrl, and before 1.11.4 only the sentence.
 */
import { ButtonComponent, DropdownComponent, Notice, Setting, TextComponent } from "obsidian-test-mocks/obsidian";
import type { RequestUrlParam, SettingDefinitionGroup, SettingDefinitionRender } from "obsidian";
import { requestUrl } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NEEDS_SECRET_STORAGE } from "../../../src/plugin/extract/model-server";
import { KithSettingTab } from "../../../src/plugin/settings-tab";
import { setup } from "../commands/harness";

vi.mock("obsidian", async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), requestUrl: vi.fn() }));
const stubbedRequest = vi.mocked(requestUrl);

// The double's ButtonComponent keeps its click handler; this routes DOM clicks to it, as Obsidian's does.
vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
  this.buttonEl.addEventListener("click", (event) => void callback(event));
  return this;
});

afterEach(() => vi.clearAllMocks());

const KEY = "sk-test-5f2a9c-secret";
const ON = { modelEnabled: true, modelBaseUrl: "http://localhost:11434/v1", modelName: "" };

async function tab(data: Record<string, unknown> = ON) {
  const t = await setup({}, data);
  return { ...t, tab: new KithSettingTab(t.app.asOriginalType__(), t.plugin) };
}

function yourModel(settingTab: KithSettingTab): SettingDefinitionRender[] {
  const group = settingTab.getSettingDefinitions().find((d): d is SettingDefinitionGroup => "type" in d && d.type === "group" && d.heading === "Your model");
  if (!group) throw new Error("no Your model group");
  return (group.items ?? []) as SettingDefinitionRender[];
}

/** Renders the named row into a fresh Setting, as Obsidian 1.13 does. */
function renderRow(settingTab: KithSettingTab, name: string): Setting {
  const row = yourModel(settingTab).find((item) => item.name === name);
  if (!row) throw new Error(`no row ${name}`);
  const setting = Setting.create__(document.body.createDiv());
  row.render(setting.asOriginalType__(), undefined as never);
  return setting;
}

function input(setting: Setting, label: string): HTMLInputElement {
  const found = setting.settingEl.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no input ${label}`);
  return found;
}

/** Types into the row's text field or picks in its dropdown: the double's components call their onChange on setValue. */
function type(setting: Setting, label: string, value: string): void {
  const component = setting.components.find((c) => {
    const el = c instanceof TextComponent ? c.inputEl : c instanceof DropdownComponent ? c.selectEl : null;
    return el?.getAttribute("aria-label") === label;
  }) as TextComponent | DropdownComponent | undefined;
  if (!component) throw new Error(`no field ${label}`);
  component.setValue(value);
}

describe("Your model in the settings tab", () => {
  it("is off by default, with a row for each setting", async () => {
    const t = await tab({});
    expect(t.plugin.settings.modelEnabled).toBe(false);
    expect(yourModel(t.tab).map((row) => row.name)).toEqual(["Extract recaps with your model", "Server address", "Model", "API key", "Timeout"]);
  });

  it("keeps the API key in Obsidian's secret storage and only the secret's id in data.json", async () => {
    const t = await tab();
    const setting = renderRow(t.tab, "API key");
    expect(input(setting, "API key").type).toBe("password");
    type(setting, "API key", KEY);
    await vi.waitFor(() => expect(t.plugin.settings.modelKeySecret).toBe("kith-model-api-key"));
    expect(t.app.secretStorage.getSecret("kith-model-api-key")).toBe(KEY);
    const saved = JSON.stringify(await t.plugin.loadData());
    expect(saved).toContain('"modelKeySecret":"kith-model-api-key"');
    expect(saved).not.toContain(KEY);
    // Drawn again, the field never shows the key.
    const again = renderRow(t.tab, "API key");
    expect(input(again, "API key").value).toBe("");
    expect(again.descEl.textContent).toContain("A key is kept in Obsidian's secret storage");
  });

  it("saves the server address and timeout as typed, and says why a bad one is refused", async () => {
    const t = await tab();
    const address = renderRow(t.tab, "Server address");
    type(address, "Server address", "http://localhost:1234/v1/");
    await vi.waitFor(() => expect(t.plugin.settings.modelBaseUrl).toBe("http://localhost:1234/v1"));
    type(address, "Server address", "localhost:1234");
    expect(address.descEl.textContent).toContain('Server address: "localhost:1234" is not a server\'s base URL (such as http://localhost:11434/v1).');
    expect(t.plugin.settings.modelBaseUrl).toBe("http://localhost:1234/v1");
    const timeout = renderRow(t.tab, "Timeout");
    expect(input(timeout, "Timeout").value).toBe("120");
    type(timeout, "Timeout", "300");
    await vi.waitFor(() => expect(t.plugin.settings.modelTimeoutSeconds).toBe(300));
  });

  it("lists the server's models through requestUrl (key in the header, throw: false) and picks one", async () => {
    const t = await tab();
    t.app.secretStorage.setSecret("kith-model-api-key", KEY);
    t.plugin.settings = { ...t.plugin.settings, modelKeySecret: "kith-model-api-key" };
    stubbedRequest.mockResolvedValue({ status: 200, text: JSON.stringify({ object: "list", data: [{ id: "qwen2.5:7b" }, { id: "llama3.1" }] }) } as never);
    const setting = renderRow(t.tab, "Model");
    const list = [...setting.settingEl.querySelectorAll("button")].find((b) => b.textContent === "List models");
    list?.click();
    const select = await vi.waitFor(() => {
      const found = setting.settingEl.querySelector<HTMLSelectElement>('select[aria-label="Models on the server"]');
      if (!found) throw new Error("no list yet");
      return found;
    });
    expect(stubbedRequest.mock.calls).toEqual([
      [{ url: "http://localhost:11434/v1/models", method: "GET", headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEY}` }, contentType: "application/json", throw: false } satisfies RequestUrlParam],
    ]);
    expect([...select.options].map((o) => o.value)).toEqual(["", "llama3.1", "qwen2.5:7b"]);
    type(setting, "Models on the server", "qwen2.5:7b");
    await vi.waitFor(() => expect(t.plugin.settings.modelName).toBe("qwen2.5:7b"));
    await vi.waitFor(() => expect(input(setting, "Model").value).toBe("qwen2.5:7b"));
    // Listed again: one dropdown, the chosen model selected.
    list?.click();
    await vi.waitFor(() => expect(stubbedRequest).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(setting.settingEl.querySelectorAll("select")).toHaveLength(1));
    expect(setting.settingEl.querySelector("select")?.value).toBe("qwen2.5:7b");
  });

  it("says why the models cannot be listed (a 401 in the core's words)", async () => {
    const t = await tab();
    const notices = vi.spyOn(Notice.prototype, "constructor__");
    stubbedRequest.mockResolvedValue({ status: 401, text: JSON.stringify({ error: { message: "Incorrect API key provided" } }) } as never);
    const setting = renderRow(t.tab, "Model");
    [...setting.settingEl.querySelectorAll("button")].find((b) => b.textContent === "List models")?.click();
    const message = "localhost:11434 refused the API key (401) (Incorrect API key provided): check the key.";
    await vi.waitFor(() => expect(setting.descEl.textContent).toContain(message));
    expect(notices.mock.calls.map(([m]) => m)).toEqual([message]);
    expect(setting.settingEl.querySelector("select")).toBeNull();
  });

  it("before Obsidian 1.11.4 (no secret storage) shows only the sentence: the feature stays off", async () => {
    const t = await tab();
    Object.defineProperty(t.app, "secretStorage", { value: undefined });
    expect(yourModel(t.tab).map((row) => row.name)).toEqual(["Needs Obsidian 1.11.4"]);
    expect(renderRow(t.tab, "Needs Obsidian 1.11.4").descEl.textContent).toBe(NEEDS_SECRET_STORAGE);
    expect(NEEDS_SECRET_STORAGE).toBe(
      "Extracting recaps with your model needs Obsidian 1.11.4 or later, whose secret storage keeps the API key out of the plugin's settings: update Obsidian to turn it on.",
    );
  });

  it("draws the same section by hand before Obsidian 1.13", async () => {
    const t = await tab();
    // Typed by hand: the typings know display only as deprecated since 1.13, which this path is for.
    (t.tab as unknown as { display(): void }).display();
    const text = t.tab.containerEl.textContent;
    const at = ["Calendars", "Your model", "Extract recaps with your model", "Server address", "List models", "API key", "Timeout", "Contact information"].map((name) => text.indexOf(name));
    expect(at.every((place, i) => place >= 0 && (i === 0 || place > (at[i - 1] ?? 0)))).toBe(true);
  });
});
