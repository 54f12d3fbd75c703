import { Notice, Setting, type App, type SettingDefinitionItem } from "obsidian";
import { isKithError, settingProblem, settingValue, updateSetting, type SettingKey } from "../../core";
import { listModels } from "../../core/extract";
import type { KithHost } from "../host";
import { keyStorageOf, MODEL_KEY_SECRET, NEEDS_SECRET_STORAGE, type KeyStorage } from "./model-server";
import { obsidianRequestPort } from "./request-port";

/** What the Your model rows need of the settings tab. */
export interface ModelSettingsContext {
  app: App;
  plugin: KithHost;
  /** Draws the tab again (the key forgotten). */
  rerender: () => void;
}

/** Stores one setting; returns why it was refused (the old value then stays), or null. */
async function save(ctx: ModelSettingsContext, key: SettingKey, value: unknown, name: string): Promise<string | null> {
  try {
    ctx.plugin.settings = updateSetting(ctx.plugin.settings, key, value, name);
  } catch (error) {
    if (isKithError(error)) return error.message;
    throw error;
  }
  await ctx.plugin.saveSettings();
  return null;
}

/** A text row that saves as the user types and shows why a value is refused; the stored value comes back on blur. */
function textRow(setting: Setting, ctx: ModelSettingsContext, key: SettingKey, name: string, placeholder: string, type = "text"): HTMLInputElement {
  const error = setting.descEl.createDiv({ cls: "kith-setting-error" });
  // Filled by addText, which calls back at once.
  const made: { input?: HTMLInputElement } = {};
  setting.addText((text) => {
    made.input = text.inputEl;
    text.inputEl.type = type;
    text.inputEl.setAttribute("aria-label", name);
    text.setPlaceholder(placeholder).setValue(String(settingValue(ctx.plugin.settings, key)));
    // Checked at once, so a slower save of an earlier keystroke cannot clear a later message.
    text.onChange((value) => {
      const problem = settingProblem(ctx.plugin.settings, key, value, name);
      error.setText(problem ?? "");
      if (problem === null) void save(ctx, key, value, name);
    });
    text.inputEl.addEventListener("blur", () => {
      text.setValue(String(settingValue(ctx.plugin.settings, key)));
    });
  });
  if (!made.input) throw new Error("addText made no input");
  return made.input;
}

function renderToggle(setting: Setting, ctx: ModelSettingsContext): void {
  setting
    .setName("Extract recaps with your model")
    .setDesc("Sends a meeting's text to the model server you name below, only after you have seen the request and sent it. Off: nothing is ever sent.")
    .addToggle((toggle) => toggle.setValue(ctx.plugin.settings.modelEnabled).onChange((value) => void save(ctx, "modelEnabled", value, "Extract recaps with your model")));
}

function renderBaseUrl(setting: Setting, ctx: ModelSettingsContext): void {
  setting.setName("Server address").setDesc("The base URL of an OpenAI-compatible server: Ollama, LM Studio, llama.cpp's server, vLLM, OpenAI, Azure.");
  textRow(setting, ctx, "modelBaseUrl", "Server address", "http://localhost:11434/v1");
}

/** The model's name, typed or picked from the server's list ("List models"). */
function renderModel(setting: Setting, ctx: ModelSettingsContext): void {
  setting.setName("Model").setDesc("The model's name as the server knows it; List models asks the server for its list.").setClass("kith-model-row");
  const input = textRow(setting, ctx, "modelName", "Model", "llama3.1");
  const error = setting.descEl.createDiv({ cls: "kith-setting-error" });
  setting.addButton((button) =>
    button.setButtonText("List models").onClick(async () => {
      error.setText("");
      button.setDisabled(true);
      const models = await serverModels(ctx);
      button.setDisabled(false);
      if (typeof models === "string") {
        error.setText(models);
        new Notice(models);
      } else if (models.length === 0) error.setText("The server lists no models.");
      else offerModels(setting, ctx, models, (model) => {
        input.value = model;
      });
    }),
  );
}

/** The server's models (`GET /models`) with the key from secret storage, or why they could not be listed. */
async function serverModels(ctx: ModelSettingsContext): Promise<string[] | string> {
  const { modelBaseUrl, modelKeySecret, modelTimeoutSeconds } = ctx.plugin.settings;
  const apiKey = modelKeySecret === "" ? "" : (keyStorageOf(ctx.app)?.getSecret(modelKeySecret) ?? "");
  try {
    return await listModels(obsidianRequestPort(), { baseUrl: modelBaseUrl, apiKey, timeoutSeconds: modelTimeoutSeconds });
  } catch (problem) {
    return problem instanceof Error ? problem.message : String(problem);
  }
}

const MODELS_LABEL = "Models on the server";

/** A dropdown of the models beside the name (the one a former List models made is replaced); picking one saves it. */
function offerModels(setting: Setting, ctx: ModelSettingsContext, models: string[], show: (model: string) => void): void {
  setting.controlEl.querySelector(`select[aria-label="${MODELS_LABEL}"]`)?.remove();
  setting.addDropdown((dropdown) => {
    dropdown.selectEl.setAttribute("aria-label", MODELS_LABEL);
    dropdown.addOption("", "Choose a model");
    for (const model of models) dropdown.addOption(model, model);
    dropdown.setValue(models.includes(ctx.plugin.settings.modelName) ? ctx.plugin.settings.modelName : "");
    dropdown.onChange(async (model) => {
      if (model === "" || (await save(ctx, "modelName", model, "Model")) !== null) return;
      show(model);
    });
  });
}

/**
 * The API key, pasted into a password field that goes straight into Obsidian's secret storage:
 * the settings keep only the secret's id, and the field never shows the key again.
 */
function renderKey(setting: Setting, ctx: ModelSettingsContext, storage: KeyStorage): void {
  const id = ctx.plugin.settings.modelKeySecret;
  const stored = id !== "" && (storage.getSecret(id) ?? "") !== "";
  setting
    .setName("API key")
    .setDesc(
      stored
        ? "A key is kept in Obsidian's secret storage; paste a new one to replace it."
        : "Kept in Obsidian's secret storage, never in the plugin's settings. Leave it empty for a local server that takes none.",
    );
  const error = setting.descEl.createDiv({ cls: "kith-setting-error" });
  setting.addText((text) => {
    text.inputEl.type = "password";
    text.inputEl.setAttribute("aria-label", "API key");
    text.setPlaceholder(stored ? "Stored" : "sk-…");
    text.onChange(async (value) => {
      const key = value.trim();
      if (key === "") return;
      const secret = id !== "" ? id : MODEL_KEY_SECRET;
      storage.setSecret(secret, key);
      if (secret !== id) error.setText((await save(ctx, "modelKeySecret", secret, "API key")) ?? "");
    });
  });
  if (stored) {
    setting.addExtraButton((button) =>
      button
        .setIcon("trash")
        .setTooltip("Forget the key")
        .onClick(async () => {
          storage.setSecret(id, "");
          await save(ctx, "modelKeySecret", "", "API key");
          ctx.rerender();
        }),
    );
  }
}

function renderTimeout(setting: Setting, ctx: ModelSettingsContext): void {
  setting.setName("Timeout").setDesc("Seconds to wait for the model's answer; a local model on a laptop can take minutes.");
  textRow(setting, ctx, "modelTimeoutSeconds", "Timeout", "120", "number");
}

type Row = { name: string; render: (setting: Setting) => void };

/** The section's rows; before Obsidian 1.11.4 only the sentence that says why the feature is off. */
function rows(ctx: ModelSettingsContext): Row[] {
  const storage = keyStorageOf(ctx.app);
  if (!storage) return [{ name: "Needs Obsidian 1.11.4", render: (setting) => void setting.setName("Needs Obsidian 1.11.4").setDesc(NEEDS_SECRET_STORAGE) }];
  return [
    { name: "Extract recaps with your model", render: (setting) => renderToggle(setting, ctx) },
    { name: "Server address", render: (setting) => renderBaseUrl(setting, ctx) },
    { name: "Model", render: (setting) => renderModel(setting, ctx) },
    { name: "API key", render: (setting) => renderKey(setting, ctx, storage) },
    { name: "Timeout", render: (setting) => renderTimeout(setting, ctx) },
  ];
}

/** The Your model section as declarative definitions (Obsidian 1.13+). */
export function modelDefinitions(ctx: ModelSettingsContext): SettingDefinitionItem[] {
  return [{ type: "group", heading: "Your model", items: rows(ctx) }];
}

/** The same section drawn by hand, for Obsidian before 1.13. */
export function renderModelSettings(containerEl: HTMLElement, ctx: ModelSettingsContext): void {
  new Setting(containerEl).setName("Your model").setHeading();
  for (const row of rows(ctx)) row.render(new Setting(containerEl));
}
