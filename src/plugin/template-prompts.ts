import { normalizePath, TFile } from "obsidian";
import { templatePrompts } from "../core";
import type { KithHost } from "./host";

/** The template note of the settings (with or without `.md`), or null. */
function templateFile(plugin: KithHost): TFile | null {
  const path = plugin.settings.templatePath.trim();
  if (!path) return null;
  const { vault } = plugin.app;
  return vault.getFileByPath(normalizePath(path)) ?? vault.getFileByPath(normalizePath(`${path}.md`));
}

/** Reads the template note's prompt lines into `plugin.templatePrompts` (none without a template note). */
export async function refreshTemplatePrompts(plugin: KithHost): Promise<void> {
  const file = templateFile(plugin);
  plugin.templatePrompts = file ? templatePrompts(await plugin.app.vault.cachedRead(file)) : [];
}

/**
 * Keeps `plugin.templatePrompts` current: read once the indexes are built (never at load), and
 * again when the template note changes. Saving the settings refreshes it too (main.ts).
 */
export function watchTemplatePrompts(plugin: KithHost): void {
  const { app } = plugin;
  void plugin.indexer.ready.then(() => {
    plugin.registerEvent(
      app.vault.on("modify", (file) => {
        if (file instanceof TFile && file === templateFile(plugin)) void refreshTemplatePrompts(plugin);
      }),
    );
    return refreshTemplatePrompts(plugin);
  });
}
