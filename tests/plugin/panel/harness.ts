/**
 * Mounts the people panel on a vault of fixture notes through the Obsidian test double, with
 * the real plugin (onload, indexer, feeds). No Node APIs here: the browser preview
 * (scripts/ui/preview.ts) mounts the same harness in Chromium.
 */
import { App, Plugin, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { TFile, View } from "obsidian";
import { loadSettings, personRules } from "../../../src/core";
import { PeopleFeed } from "../../../src/plugin/indexing/people-feed";
import { VaultIndexer } from "../../../src/plugin/indexing/vault-indexer";
import type KithPlugin from "../../../src/plugin/main";
import { ObsidianNoteStore } from "../../../src/plugin/obsidian-note-store";
import { registerPeoplePanel } from "../../../src/plugin/panel/register";
import { PEOPLE_VIEW_TYPE, type PeopleView } from "../../../src/plugin/panel/view";

/** The panel's clock in every fixture test and in the screenshots. */
export const TODAY = "2026-03-25";

export const SETTINGS = {
  peopleFolder: "People",
  meetingsFolder: "Meetings",
  myName: "Sam Reyes",
  templatePath: "Templates/Person.md",
};

/** Obsidian's "Excluded files" in the fixture vault. */
export const IGNORED = ["Archive/"];

export interface MountOptions {
  /** Stands in for the recap feature's `plugin.applyMeetingNote`. */
  applyMeetingNote?: (file: TFile) => Promise<void>;
  /** Runs once the layout is ready, before the panel opens: to set up other features the panel reads (today's meetings). */
  beforeOpen?: (plugin: KithPlugin) => void;
}

export interface Harness {
  app: App;
  plugin: KithPlugin;
  view: PeopleView;
  /** Makes a note the active file, as Obsidian's `file-open` event does. */
  open(path: string | null): Promise<void>;
  read(path: string): Promise<string>;
}

class PanelTestPlugin extends Plugin {}

/**
 * The plugin as KithPlugin.onload wires it for the panel (settings, store, indexer with the
 * people feed, then registerPeoplePanel), on the test double's Plugin: the panel's tests do
 * not depend on the commands and recap features being written alongside it.
 */
export function pluginFor(app: App, options: MountOptions = {}): KithPlugin {
  const manifest = { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "", dir: `${app.vault.configDir}/plugins/kith` };
  const plugin = new PanelTestPlugin(app, manifest).asOriginalType2__() as unknown as KithPlugin;
  const original = app.asOriginalType__();
  const settings = loadSettings(SETTINGS);
  const indexer = new VaultIndexer(original);
  const people = new PeopleFeed(() => personRules(plugin.settings));
  const { beforeOpen: _beforeOpen, ...features } = options;
  Object.assign(plugin, { settings, store: new ObsidianNoteStore(original), indexer, people, templatePrompts: [], templateFolders: [], today: () => TODAY }, features);
  indexer.add(people);
  indexer.register(plugin);
  registerPeoplePanel(plugin);
  return plugin;
}

/** A test double App holding the notes, with Obsidian's internal excluded-files config. */
export function appWith(files: Record<string, string>): App {
  const app = App.createConfigured__({ files });
  // The internal config Obsidian keeps the excluded folders in (see src/plugin/panel/excluded.ts).
  Object.assign(app.vault, { getConfig: (key: string) => (key === "userIgnoreFilters" ? IGNORED : undefined) });
  return app;
}

export async function mountPanel(files: Record<string, string>, options: MountOptions = {}, host: HTMLElement = document.body): Promise<Harness> {
  const app = appWith(files);
  const plugin = pluginFor(app, options);
  app.workspace.setLayoutReady__();
  await plugin.indexer.ready;
  options.beforeOpen?.(plugin);

  const views = (plugin as unknown as { views__: Map<string, (leaf: unknown) => View> }).views__;
  const create = views.get(PEOPLE_VIEW_TYPE);
  if (!create) throw new Error("the people panel view is not registered");
  const view = create(WorkspaceLeaf.create2__(app)) as PeopleView;
  view.contentEl.addClass("view-content");
  host.appendChild(view.containerEl);
  await view.onOpen();

  return {
    app,
    plugin,
    view,
    async open(path) {
      const file = path === null ? null : app.vault.getFileByPath(path);
      if (path !== null && !file) throw new Error(`no fixture note ${path}`);
      app.workspace.trigger("file-open", file);
      await view.follow(file?.asOriginalType2__() ?? null);
    },
    read: (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`no note ${path}`);
      return app.vault.read(file);
    },
  };
}

/** The visible text of an element, whitespace collapsed: what a user reads. */
export function textOf(el: Element | null): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The texts of the elements matching `selector` under `root`. */
export function textsOf(root: Element, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), textOf);
}

/** The texts of the innermost elements under `el`, in order: each piece a user reads separately. */
export function piecesOf(el: Element): string[] {
  return Array.from(el.querySelectorAll("*"))
    .filter((e) => e.childElementCount === 0)
    .map(textOf)
    .filter((t) => t !== "");
}
