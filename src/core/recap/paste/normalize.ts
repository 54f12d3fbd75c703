/**
 * Text as the parser reads it: one string per line whatever the OS or tool produced, and inline
 * Markdown, links, citations and timestamps reduced to the words a person would keep.
 */

export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .split("\n")
    .map((line) => line.trimEnd());
}

/** Links to the meeting tool itself (recordings, share pages): never part of what was said. */
const TOOL_URL =
  /\s*\bhttps?:\/\/(?:[\w-]+\.)*(?:fathom\.video|zoom\.us|otter\.ai|fireflies\.ai|granola\.(?:ai|so)|tldv\.io|read\.ai|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|stream\.microsoft\.com)\S*/gi;
/** Link labels that only point at a moment of the recording. */
const WATCH_LABEL =
  /^(?:(?:view|watch|play|listen(?: to)?|open)(?:\s+(?:the\s+)?(?:full\s+)?(?:recording|video|replay|clip|transcript|meeting|moment))?|recording|video|clip|link|here|▶\uFE0F?|\d+(?::\d+)*(?:\.\d+)?|https?:\/\/\S*)?$/i;
/** Fathom's plain-text "WATCH" marker after each bullet. */
const WATCH_MARK = /\s*[-–·]?\s*\bWATCH\b\s*$/;
/** Copilot and Teams citation markers: `[1]`, `[1, 3]`, `[2-4]`, footnotes, superscripts. */
const CITATION = /\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\s*\[\^\d+\]|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
/** Recording positions: `(00:05:12)`, `[12:34]`, `(00:02 - 05:10)`. */
const TIMESTAMP =
  /\s*[([]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?(?:\s*[-–—]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)?\s*[)\]]|\s+\d{1,2}:\d{2}:\d{2}$/g;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0F|\u20E3/gu;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, "").replace(/\u200D/g, "");
}

export function hasUrl(text: string): boolean {
  return /\bhttps?:\/\/|\bwww\./i.test(text);
}

/** One line's words without Markdown, links kept as their text, and tool noise dropped. */
export function cleanInline(text: string): string {
  const s = text
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name] ?? "")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_m, target: string, alias?: string) => alias ?? target)
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, (_m, label: string) => (WATCH_LABEL.test(label.trim()) ? "" : label))
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<sup>[^<]*<\/sup>/gi, "")
    .replace(/<\/?(?:br|b|i|u|em|strong|p|span|div|mark|small|font|aside|details|summary)\b[^>]*>/gi, " ")
    .replace(TOOL_URL, "").replace(/\(\s*\)/g, "").replace(CITATION, "").replace(TIMESTAMP, "").replace(WATCH_MARK, "");
  return stripEmphasis(stripEmoji(s))
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .trim();
}

function stripEmphasis(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/(^|[\s(])\*(?!\s)([^*]*?\S)\*(?=$|[\s).,;:!?])/g, "$1$2")
    .replace(/(^|[\s(])_(?!\s)([^_]*?\S)_(?=$|[\s).,;:!?])/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/==(.+?)==/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\*\*|__/g, "");
}

/** The text with its first letter upper-case (an owner's task read without the owner). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Items in order, each once by its key. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Texts in order, each once (compared without case), none empty. */
export function unique(items: readonly string[]): string[] {
  return uniqueBy(items.filter(Boolean), (item) => item.toLowerCase());
}

/** A sentence's end: `.`, `!`, `?` or `…`, perhaps inside a quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]?$/.test(text);
}
