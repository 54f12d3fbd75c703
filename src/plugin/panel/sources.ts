import type { App, TFile } from "obsidian";
import type { KithHost } from "../host";
import { sectionLinkKeys } from "./context-links";
import type { PanelSources } from "./model/panel-model";
import type { ProjectIndex } from "./model/project-index";
import type { TaskIndex } from "../../core/tasks";

/** The recap feature's optional entry point; the panel shows "Apply recap" only when it exists. */
interface RecapCapable {
  applyMeetingNote?: (file: TFile) => unknown;
}

/** `plugin.applyMeetingNote` bound to the plugin, or null while the recap feature does not add it. */
export function recapApplier(plugin: KithHost): ((file: TFile) => unknown) | null {
  if (!("applyMeetingNote" in plugin)) return null;
  const apply = (plugin as unknown as RecapCapable).applyMeetingNote;
  return typeof apply === "function" ? (file) => apply.call(plugin, file) : null;
}

/**
 * The panel's data, from the plugin's indexes and Obsidian's metadata cache. Nothing here
 * reads a file: a render costs index and cache lookups only.
 */
export function panelSources(app: App, plugin: KithHost, tasks: TaskIndex, projects: ProjectIndex): PanelSources {
  const cacheOf = (path: string) => app.metadataCache.getCache(path);
  const { headings } = plugin.settings;
  return {
    settings: plugin.settings,
    templatePrompts: plugin.templatePrompts,
    templateFolders: plugin.templateFolders,
    today: plugin.today(),
    people: plugin.people.index,
    tasks,
    projects,
    frontmatterOf: (path) => cacheOf(path)?.frontmatter ?? null,
    contextLinksOf: (path) => sectionLinkKeys(cacheOf(path), [headings.recentContext, headings.olderContext]),
    canApplyRecap: recapApplier(plugin) !== null,
  };
}
