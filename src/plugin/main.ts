import { Plugin, type TFile } from "obsidian";
import { loadSettings, personRules, toIsoDate, type KithSettings } from "../core";
import type { TodayMeeting } from "../core/calendar";
import { kithApi, type KithApi } from "./api";
import type { TodaysMeetings } from "./calendar/todays-meetings";
import type { KithHost } from "./host";
import { registerPersonCommands } from "./commands/register";
import { PeopleFeed } from "./indexing/people-feed";
import { VaultIndexer } from "./indexing/vault-indexer";
import { ObsidianNoteStore } from "./obsidian-note-store";
import { registerPeoplePanel } from "./panel/register";
import { registerPeopleView } from "./people-view/register";
import { registerRecapCommands } from "./recap/register";
import { registerTodaysMeetings } from "./calendar/register";
import { KithSettingTab } from "./settings-tab";
import { refreshTemplatePrompts, watchTemplatePrompts } from "./template-prompts";
import { readTemplateFolders } from "./template-folders";

/** Wires settings, indexes, views, commands and the ribbon; the work happens in the core. */
export default class KithPlugin extends Plugin implements KithHost {
  override settings!: KithSettings;
  /** The settings the indexes were built with, to tell which changes need a rebuild. */
  private indexKey = "";
  store!: ObsidianNoteStore;
  indexer!: VaultIndexer;
  people!: PeopleFeed;
  templatePrompts: readonly string[] = [];
  templateFolders: readonly string[] = [];
  readonly api: KithApi = kithApi;
  /** Set by the recap feature: previews applying a meeting note (the panel's button uses it). */
  applyMeetingNote?: (file: TFile) => Promise<void>;
  /** Set by the calendar feature: today's meetings (the panel lists them). */
  meetings?: TodaysMeetings;
  /** Set by the calendar feature: starts a meeting's note and opens the recap form on it. */
  startMeeting?: (meeting: TodayMeeting) => Promise<void>;

  override async onload(): Promise<void> {
    // Load reads only data.json: the indexes build once the layout is ready, never here.
    this.settings = loadSettings(await this.loadData());
    this.indexKey = indexedBy(this.settings);
    this.store = new ObsidianNoteStore(this.app);
    this.indexer = new VaultIndexer(this.app);
    this.people = new PeopleFeed(() => personRules(this.settings, [], this.templateFolders));
    this.indexer.add(this.people);
    this.addSettingTab(new KithSettingTab(this.app, this));
    registerPersonCommands(this);
    registerRecapCommands(this);
    registerTodaysMeetings(this);
    registerPeoplePanel(this);
    registerPeopleView(this);
    watchTemplatePrompts(this);
    // Last: every feed must be added before the first build (it runs at once when the plugin
    // is enabled after the layout is ready). Notes in template folders are never people: the
    // folders are read from the vault's config before the build, not at load.
    this.indexer.register(this, async () => {
      this.templateFolders = await readTemplateFolders(this.app);
    });
  }

  /** Today's local date, `YYYY-MM-DD`: the clock every edit is stamped with. */
  today(): string {
    return toIsoDate(new Date());
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    await refreshTemplatePrompts(this);
    // What counts as a person, or where their sections are, changed: index again.
    const key = indexedBy(this.settings);
    if (key !== this.indexKey) {
      this.indexKey = key;
      void this.indexer.build();
    }
  }
}

/** The settings the indexes depend on, as one comparable string. */
function indexedBy(settings: KithSettings): string {
  return JSON.stringify([settings.personType, settings.personMarkers, settings.peopleFolderMarksPeople, settings.peopleFolder, settings.headings, settings.projectFolders, settings.templatePath, settings.keyDateFields]);
}
