import { scanCodeAndFooter, type Footer } from "../sections/outline";

const FOOTER_VALUE = /^(\*Last updated:)([^\n]*?)(\*[ \t]*)$/;

/**
 * Writes the edit's date into the `*Last updated: ...*` footer of `after`, only when the edit
 * changed something else, so a no-op stays a no-op. `read` is `after`'s footer, when read already.
 */
export function stampFooter(before: string, after: string, today: string, read?: Footer | null): string {
  if (after === before) return before;
  const footer = read === undefined ? scanCodeAndFooter(after).footer : read;
  if (!footer) return after;
  const line = after.slice(footer.lineStart, footer.lineEnd);
  const stamped = stampedFooterLine(line, today);
  return stamped === null || stamped === line ? after : after.slice(0, footer.lineStart) + stamped + after.slice(footer.lineEnd);
}

/**
 * The footer line with the date in it, or null when the line is not the footer's shape, or holds
 * words rather than a date: `*Last updated: never*` or `*Last updated: {{date}}*` is the user's
 * (or a template's) line, kept as written. Empty, or a date in any form, it is Kith's to stamp.
 */
export function stampedFooterLine(line: string, today: string): string | null {
  const m = FOOTER_VALUE.exec(line);
  if (!m?.[1] || m[3] === undefined || !/^\s*(?:\d|$)/.test(m[2] ?? "")) return null;
  return `${m[1]} ${today}${m[3]}`;
}

/** The footer's date, or null when the footer is missing or was never filled in. */
export function footerDate(text: string): string | null {
  const footer = scanCodeAndFooter(text).footer;
  if (!footer) return null;
  const value = FOOTER_VALUE.exec(text.slice(footer.lineStart, footer.lineEnd))?.[2]?.trim();
  return value ? value : null;
}
