import { normalizePath, type App } from "obsidian";
import type { KithSettings } from "../../core";

/** The parts of Obsidian's vault we read here that obsidian.d.ts does not declare. */
interface VaultConfig {
  getConfig?: (key: string) => unknown;
}

/**
 * Obsidian's "Excluded files" (Settings > Files and links): folder prefixes, or `/regex/`
 * patterns. There is no public API for them, so we read the internal
 * `vault.getConfig("userIgnoreFilters")`, guarded: when it is missing or changes shape, nothing
 * is excluded rather than the plugin failing. Tasks in an excluded folder (archives,
 * templates) are what the user asked Obsidian to leave out of search and links.
 */
export function userIgnoreFilters(app: App): string[] {
  const vault = app.vault as unknown as VaultConfig;
  if (!("getConfig" in vault) || typeof vault.getConfig !== "function") return [];
  try {
    const value = vault.getConfig("userIgnoreFilters");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
  } catch {
    return [];
  }
}

function matchesFilter(path: string, filter: string): boolean {
  if (filter.length > 2 && filter.startsWith("/") && filter.endsWith("/")) {
    try {
      return new RegExp(filter.slice(1, -1)).test(path);
    } catch {
      return false;
    }
  }
  return path.startsWith(filter);
}

/** The template note (with or without `.md`): its placeholders are not anyone's tasks or projects. */
function isTemplate(path: string, templatePath: string): boolean {
  const t = templatePath.trim();
  if (t === "") return false;
  const normalized = normalizePath(t);
  return path === normalized || path === `${normalized}.md`;
}

/** Decides which notes the panel's indexes leave out; filters are read once per check. */
export function excludedFrom(app: App, settings: () => KithSettings): (path: string) => boolean {
  return (path) => isTemplate(path, settings().templatePath) || userIgnoreFilters(app).some((f) => matchesFilter(path, f));
}
