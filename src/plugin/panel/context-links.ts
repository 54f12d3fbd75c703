import type { CachedMetadata } from "obsidian";
import { linkTargetKey, normalizeHeading } from "../../core";

/**
 * Link keys of the links inside the sections titled `titles` (Recent and Older Context), from
 * a note's metadata cache: whether a meeting was applied is answered without reading notes.
 */
export function sectionLinkKeys(cache: CachedMetadata | null, titles: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const headings = cache?.headings ?? [];
  const wanted = new Set(titles.map(normalizeHeading));
  headings.forEach((heading, i) => {
    if (!wanted.has(normalizeHeading(heading.heading))) return;
    const from = heading.position.start.line;
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    const to = next ? next.position.start.line : Number.POSITIVE_INFINITY;
    for (const link of cache?.links ?? []) {
      const line = link.position.start.line;
      if (line > from && line < to) keys.add(linkTargetKey(link.link));
    }
  });
  return keys;
}
