import { PluginSettingTab, Setting, type App, type SettingDefinitionItem } from "obsidian";
import type { KithSettings } from "../core";
import type KithPlugin from "./main";

type TextKey = "peopleFolder" | "meetingsFolder" | "myName";

interface TextSetting {
  key: TextKey;
  name: string;
  desc: string;
  folder: boolean;
}

const TEXT_SETTINGS: TextSetting[] = [
  { key: "peopleFolder", name: "People folder", desc: "Where new person notes are created.", folder: true },
  { key: "meetingsFolder", name: "Meetings folder", desc: "Where meeting recaps are filed.", folder: true },
  { key: "myName", name: "Your name", desc: "Left out when a recap updates its attendees.", folder: false },
];

/**
 * Settings, declared once: Obsidian 1.13+ renders (and searches) the definitions itself;
 * older versions get the same list rendered by `display`.
 */
export class KithSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: KithPlugin,
  ) {
    super(app, plugin);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return TEXT_SETTINGS.map((s) => ({
      name: s.name,
      desc: s.desc,
      control: s.folder ? { type: "folder", key: s.key } : { type: "text", key: s.key },
    }));
  }

  override getControlValue(key: string): unknown {
    return this.plugin.settings[key as keyof KithSettings];
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const setting = TEXT_SETTINGS.find((s) => s.key === key);
    if (!setting || typeof value !== "string") return;
    this.plugin.settings[setting.key] = value.trim();
    await this.plugin.saveSettings();
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const s of TEXT_SETTINGS) {
      new Setting(containerEl)
        .setName(s.name)
        .setDesc(s.desc)
        .addText((text) => text.setValue(this.plugin.settings[s.key]).onChange((value) => this.setControlValue(s.key, value)));
    }
  }
}
