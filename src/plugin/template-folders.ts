import { normalizePath, type App } from "obsidian";
import { inTemplateFolder, TEMPLATE_CONFIG_FILES, templateFolders } from "../core";
import type { KithHost } from "./host";

/** A text file of the vault's config folder, or null when it is missing or cannot be read (both configs are optional). */
async function readConfig(app: App, file: string): Promise<string | null> {
  return app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`)).catch(() => null);
}

/** The template folders the core Templates plugin's and Templater's settings name. */
export async function readTemplateFolders(app: App): Promise<string[]> {
  return templateFolders(await readConfig(app, TEMPLATE_CONFIG_FILES.templates), await readConfig(app, TEMPLATE_CONFIG_FILES.templater));
}

/**
 * Reads the template folders into `plugin.templateFolders` once the layout is ready (onload
 * reads no vault file). The index build starts at the same moment, so people it took from
 * those folders before the configs were read are dropped: excluding needs no second build.
 */
export function watchTemplateFolders(plugin: KithHost): void {
  plugin.app.workspace.onLayoutReady(async () => {
    const folders = await readTemplateFolders(plugin.app);
    plugin.templateFolders = folders;
    const index = plugin.people.index;
    for (const entry of [...index.entries()]) if (inTemplateFolder(entry.path, folders)) index.set(entry.path, null);
  });
}
