import type { App, TFile } from "obsidian";
import { resolveRelative } from "../../core";

/** Notes that link to `path`, from Obsidian's resolved links (wikilinks, Markdown links, embeds, frontmatter). */
export function backlinks(app: App, path: string): string[] {
  return Object.entries(app.metadataCache.resolvedLinks)
    .filter(([, targets]) => (targets[path] ?? 0) > 0)
    .map(([from]) => from);
}

/** Of `paths`, those a note other than `except` links, each with the first such note: one pass over Obsidian's resolved links. */
export function firstBacklinks(app: App, paths: readonly string[], except: ReadonlySet<string>): Map<string, string> {
  const wanted = new Set(paths);
  const found = new Map<string, string>();
  for (const [from, targets] of Object.entries(app.metadataCache.resolvedLinks)) {
    if (except.has(from)) continue;
    for (const to of Object.keys(targets)) if (wanted.has(to) && !found.has(to)) found.set(to, from);
  }
  return found;
}

/** Markdown notes whose text contains `needle` (a task handle): one cached read each. */
export async function notesMentioning(app: App, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of app.vault.getMarkdownFiles()) {
    if ((await app.vault.cachedRead(file)).includes(needle)) found.push(file.path);
  }
  return found;
}

/** The note a link path written in `fromPath` points at, as Obsidian resolves it (`./` and `../` too). */
export function resolveLink(app: App, linkpath: string, fromPath: string): TFile | null {
  return app.metadataCache.getFirstLinkpathDest(resolveRelative(fromPath, linkpath), fromPath);
}
