import { statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, TEMPLATE_CONFIG_FILES, loadSettings, templateFolders, type KithSettings } from "../core";

/** Where the plugin keeps its settings; the CLI reads the same file so both agree on folders and headings. */
export const SETTINGS_FILE = ".obsidian/plugins/kith/data.json";

/** What a file error means, in words, for the codes a settings file can meet. */
const FILE_PROBLEMS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ELOOP: "it is a link that loops",
  ENOTDIR: "a folder on its way is a file",
};

export interface SettingsOverrides {
  peopleFolder?: string;
}

/**
 * The vault a command run in `dir` is in: the nearest folder from `dir` up that holds
 * `.obsidian` (a folder), as Obsidian marks a vault; null when there is none up to the root.
 */
export function findVault(dir: string): string | null {
  for (let folder = nodePath.resolve(dir); ; folder = nodePath.dirname(folder)) {
    if (isFolder(nodePath.join(folder, ".obsidian"))) return folder;
    if (nodePath.dirname(folder) === folder) return null;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing or out of reach: no vault here
  }
}

/** Refuses a vault argument that is not a folder, before anything looks inside it. */
export async function checkVault(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new KithError("not-found", `The vault ${dir} is not a folder.`);
}

/**
 * The plugin's settings of a vault (defaults when it has none), with flags on top. An unreadable
 * settings file is an error rather than a silent fall back to defaults: with the wrong people
 * folder `person new` would write to the wrong place.
 */
export async function loadVaultSettings(vault: string, overrides: SettingsOverrides = {}): Promise<KithSettings> {
  const file = nodePath.join(vault, ...SETTINGS_FILE.split("/"));
  let stored: unknown = undefined;
  let raw: string | null = null;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new KithError("unreadable", `${SETTINGS_FILE} cannot be read: ${FILE_PROBLEMS[code ?? ""] ?? String(error)}.`);
  }
  if (raw !== null) {
    try {
      // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
      stored = JSON.parse(raw.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new KithError("invalid-value", `${SETTINGS_FILE} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  const settings = loadSettings(stored);
  if (overrides.peopleFolder !== undefined) settings.peopleFolder = peopleFolderFlag(overrides.peopleFolder);
  return settings;
}

/** `--people-folder`, checked: a folder of the vault that Obsidian shows (no `..`, no `.obsidian` or other dot folder). */
function peopleFolderFlag(value: string): string {
  if (/^(?:[/\\]|[A-Za-z]:)/.test(value.trim())) throw new KithError("invalid-value", `--people-folder "${value}" is an absolute path; give a folder inside the vault, from its top (People, Work/People).`);
  // `./People` is People; `.` the vault's own folder.
  const parts = value.trim().replace(/\\/g, "/").split("/").filter((part) => part !== "" && part !== ".");
  const bad = /[*"<>:|?#^[\]]/.exec(parts.join("/"));
  if (bad) throw new KithError("invalid-value", `--people-folder "${value}" holds ${bad[0]}, which a folder name cannot hold in every vault; give another folder.`);
  if (parts.includes("..")) throw new KithError("invalid-value", `--people-folder "${value}" leaves the vault; give a folder inside it.`);
  const hidden = parts.find((part) => part.startsWith("."));
  if (hidden !== undefined) throw new KithError("invalid-value", `--people-folder "${value}" is in a hidden folder (${hidden}), which Obsidian does not show or index; give another folder.`);
  return parts.join("/");
}

/** A text file of the vault's config folder, or null when it is missing or cannot be read (the configs it holds are optional). */
async function readConfig(vault: string, file: string): Promise<string | null> {
  return readFile(nodePath.join(vault, ".obsidian", ...file.split("/")), "utf8").catch(() => null);
}

/** The template folders the vault's Templates and Templater settings name: their notes are never people. */
export async function loadTemplateFolders(vault: string): Promise<string[]> {
  return templateFolders(await readConfig(vault, TEMPLATE_CONFIG_FILES.templates), await readConfig(vault, TEMPLATE_CONFIG_FILES.templater));
}
