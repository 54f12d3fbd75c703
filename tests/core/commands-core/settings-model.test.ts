/** "Your model" settings: off by default; a base URL, a model, a secret's id for the key (never the key), a timeout. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, updateSetting, type SettingKey } from "../../../src/core";

describe("model settings", () => {
  it("default to off, no server, no model, no key, 120 seconds", () => {
    expect(loadSettings({})).toMatchObject({ modelEnabled: false, modelBaseUrl: "", modelName: "", modelKeySecret: "", modelTimeoutSeconds: 120 });
  });

  it.each<[SettingKey, unknown, unknown]>([
    ["modelEnabled", true, true],
    ["modelBaseUrl", " http://localhost:11434/v1/ ", "http://localhost:11434/v1"],
    ["modelBaseUrl", "https://api.openai.com/v1", "https://api.openai.com/v1"],
    ["modelBaseUrl", "", ""],
    ["modelName", " llama3.1:8b ", "llama3.1:8b"],
    ["modelKeySecret", "kith-model-key", "kith-model-key"],
    ["modelKeySecret", "", ""],
    ["modelTimeoutSeconds", "300", 300],
  ])("%s <- %j", (key, input, stored) => {
    expect(updateSetting(DEFAULT_SETTINGS, key, input)[key as keyof typeof DEFAULT_SETTINGS]).toEqual(stored);
  });

  it.each<[SettingKey, unknown, string]>([
    ["modelBaseUrl", "localhost:11434", 'Base URL: "localhost:11434" is not a server\'s base URL (such as http://localhost:11434/v1).'],
    ["modelBaseUrl", "https://api.example/v1?key=abc", 'Base URL: "https://api.example/v1?key=abc" is not a server\'s base URL (such as http://localhost:11434/v1).'],
    ["modelBaseUrl", "https://me:secret@api.example/v1", "Base URL: the address holds a user or password; give the key in the API key setting instead."],
    // A key pasted where the secret's id goes: data.json never keeps it.
    ["modelKeySecret", "sk-proj-4f9a2c", "API key: that looks like an API key, not a secret's name: keep the key in Obsidian's secret storage."],
    ["modelKeySecret", "My Key", 'API key: "My Key" is not a secret\'s name (lower-case letters, digits and dashes).'],
    ["modelTimeoutSeconds", "0", "Timeout must be at least 1."],
    ["modelEnabled", "yes", "Model must be on or off."],
  ])("refuses %s <- %j", (key, input, message) => {
    const name = { modelBaseUrl: "Base URL", modelKeySecret: "API key", modelTimeoutSeconds: "Timeout", modelEnabled: "Model" }[key as string] ?? key;
    expect(() => updateSetting(DEFAULT_SETTINGS, key, input, name)).toThrow(message);
  });

  it("loads a stored key (not a secret's id) as no key, and a bad timeout as 120", () => {
    const settings = loadSettings({ modelEnabled: true, modelKeySecret: "sk-live-abcdef", modelTimeoutSeconds: -3, modelBaseUrl: "http://localhost:1234/v1" });
    expect(settings).toMatchObject({ modelEnabled: true, modelKeySecret: "", modelTimeoutSeconds: 120, modelBaseUrl: "http://localhost:1234/v1" });
  });
});
