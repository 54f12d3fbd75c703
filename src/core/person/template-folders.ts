/**
 * The template folders a vault names in its config: the core Templates plugin's
 * (`.obsidian/templates.json`, key `folder`) and Templater's
 * (`.obsidian/plugins/templater-obsidian/data.json`, key `templates_folder`). Notes in them are
 * templates, never people.
 */

/** Where the two configs live, under the vault's config folder (`.obsidian` unless the user moved it). */
export const TEMPLATE_CONFIG_FILES = {
  templates: "templates.json",
  templater: "plugins/templater-obsidian/data.json",
} as const;

/** The folder a config's JSON text names under `key`, cleaned of slashes; null when the file is missing, not JSON or names none. */
function folderIn(json: string | null, key: string): string | null {
  if (json === null) return null;
  let data: unknown;
  try {
    // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  const folder = typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "") : "";
  return folder === "" ? null : folder;
}

/** The template folders named by the two configs' texts (null for a file that is missing or unreadable). */
export function templateFolders(templatesJson: string | null, templaterJson: string | null): string[] {
  const folders = [folderIn(templatesJson, "folder"), folderIn(templaterJson, "templates_folder")];
  return [...new Set(folders.filter((f): f is string => f !== null))];
}

/** Whether a vault path is inside one of the folders. */
export function inTemplateFolder(path: string, folders: readonly string[] = []): boolean {
  return folders.some((folder) => path.startsWith(`${folder}/`));
}
