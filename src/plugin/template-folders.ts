import { normalizePath, type App } from "obsidian";
import { TEMPLATE_CONFIG_FILES, templateFolders } from "../core";

/** A text file of the vault's config folder, or null when it is missing or cannot be read (both configs are optional). */
async function readConfig(app: App, file: string): Promise<string | null> {
  return app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`)).catch(() => null);
}

/** The template folders the core Templates plugin's and Templater's settings name. */
export async function readTemplateFolders(app: App): Promise<string[]> {
  return templateFolders(await readConfig(app, TEMPLATE_CONFIG_FILES.templates), await readConfig(app, TEMPLATE_CONFIG_FILES.templater));
}
