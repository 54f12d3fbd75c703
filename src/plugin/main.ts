import { Plugin } from "obsidian";
import { loadSettings, type KithSettings } from "../core";
import { kithApi, type KithApi } from "./api";
import { ObsidianNoteStore } from "./obsidian-note-store";
import { KithSettingTab } from "./settings-tab";

/** Wires settings, views, commands and the ribbon; the work happens in the core. */
export default class KithPlugin extends Plugin {
  override settings!: KithSettings;
  store!: ObsidianNoteStore;
  readonly api: KithApi = kithApi;

  override async onload(): Promise<void> {
    // Load reads only data.json: indexes build once the layout is ready, never here.
    this.settings = loadSettings(await this.loadData());
    this.store = new ObsidianNoteStore(this.app);
    this.addSettingTab(new KithSettingTab(this.app, this));
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
  }
}
