import type { App } from "obsidian";
import type { KithSettings } from "../../core";
import type { ModelServer } from "../../core/extract";
import { secretStorageOf } from "../calendar/calendar-source";

/** Obsidian's secret storage as the API key needs it (1.11.4+); typed here as the plugin supports older versions. */
export interface KeyStorage {
  getSecret(id: string): string | null;
  setSecret(id: string, secret: string): void;
}

/** The secret's id the key is stored under when the settings name none yet. */
export const MODEL_KEY_SECRET = "kith-model-api-key";

export const NEEDS_SECRET_STORAGE =
  "Extracting recaps with your model needs Obsidian 1.11.4 or later, whose secret storage keeps the API key out of the plugin's settings: update Obsidian to turn it on.";

/** Obsidian's secret storage, or null before 1.11.4: the feature then stays off. */
export function keyStorageOf(app: App): KeyStorage | null {
  const storage = secretStorageOf(app) as Partial<KeyStorage> | null;
  return storage && typeof storage.setSecret === "function" ? (storage as KeyStorage) : null;
}

/** The server to ask, or the sentence that says why the feature cannot run yet. */
export type ModelReady = { ok: true; server: ModelServer } | { ok: false; message: string };

/** The model server the settings name, its key read from secret storage; never the key in a message. */
export function modelServerOf(app: App, settings: KithSettings): ModelReady {
  const storage = keyStorageOf(app);
  if (!storage) return { ok: false, message: NEEDS_SECRET_STORAGE };
  if (!settings.modelEnabled) return { ok: false, message: "Extracting recaps with your model is off: turn it on in Kith's settings, under Your model." };
  if (settings.modelBaseUrl === "") return { ok: false, message: "No model server is set: give its base URL in Kith's settings, under Your model." };
  if (settings.modelName === "") return { ok: false, message: "No model is set: choose one in Kith's settings, under Your model." };
  const apiKey = settings.modelKeySecret === "" ? "" : (storage.getSecret(settings.modelKeySecret) ?? "");
  return { ok: true, server: { baseUrl: settings.modelBaseUrl, model: settings.modelName, apiKey, timeoutSeconds: settings.modelTimeoutSeconds } };
}
