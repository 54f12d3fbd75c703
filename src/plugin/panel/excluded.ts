import type { App } from "obsidian";
import { excludedFiles, type KithSettings } from "../../core";

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
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** Decides which notes the panel's indexes leave out; filters are read once per check. */
export function excludedFrom(app: App, settings: () => KithSettings): (path: string) => boolean {
  return (path) => excludedFiles(userIgnoreFilters(app), settings().templatePath)(path);
}
