import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { dateQuoteStyle, formatDateScalar, formatScalar, keyLinesOf, parseFrontmatter, frontmatterEdit, readScalar, scalarValue } from "../frontmatter";
import type { EditContext } from "./context";
import type { TextEdit } from "../text/text-edit";
import { finishEdit } from "./finish-edit";
import { readDay } from "./key-date-value";
import { REVIEW_TAG } from "./layout";

/** `last_contact`, `lastContact`, `last-contact`, `Last Contact`: compared lower-cased, letters a-z only. */
export const isLastContactKey = (key: string): boolean => key.toLowerCase().replace(/[^a-z]/g, "") === "lastcontact";

/** The key the note keeps its last contact date under (`lastContact` in camelCase vaults), or null. */
export function lastContactKey(data: Readonly<Record<string, unknown>>): string | null {
  const keys = Object.keys(data).filter(isLastContactKey);
  // Of two spellings (`last_contact: ~` beside `lastContact: 2026-02-02`), the one with a value.
  return keys.find((key) => typeof data[key] === "string" && data[key] !== "") ?? keys[0] ?? null;
}

/** `[[2026-02-01]]`, `[[Daily/2026-02-01|Feb 1]]`: a daily note's link as the date (its folder, group 1, kept). */
const DAY_LINK = /^\[\[([^\]|]*\/)?\d{4}-\d\d-\d\d(?:\|[^\]]*)?\]\]$/;

/**
 * Moves the last contact date forward to `date`; an earlier or equal date is a no-op. It is
 * written under the key the note already uses (`lastContact` stays `lastContact`), else as
 * `last_contact`. The new value is quoted the way the note quotes its dates; a missing key goes
 * after `created`.
 */
export function setLastContact(text: string, date: string, ctx: EditContext): string {
  // lastContactEdits parses the frontmatter: finishEdit need not check it again.
  return finishEdit(text, lastContactEdits(text, date), ctx.today, { frontmatterParsed: true });
}

/**
 * The edit moving `last_contact` forward to `date`: none when it is there already or later, as
 * people write days (`[[2026-12-31]]`, `31 December 2026`). A value with digits Kith cannot read
 * as one day (`03/04/2026`: March or April?) is left as it is, never replaced by a date that may
 * be earlier; words alone (`last week`) are no day and are replaced.
 */
export function lastContactEdits(text: string, date: string): TextEdit[] {
  if (!isIsoDate(date)) throw new KithError("invalid-date", `"${date}" is not a date (YYYY-MM-DD).`);
  const parsed = parseFrontmatter(text);
  const key = lastContactKey(parsed.data) ?? "last_contact";
  const written = scalarValue(parsed.data[key]);
  const current = readDay(written);
  if (current === null ? /\d/.test(written ?? "") : current >= date) return [];
  const keys = keyLinesOf(text, parsed);
  // A link to the day's daily note (`"[[2026-02-01]]"`) stays a link, to the new day, in its own quotes.
  const link = DAY_LINK.exec(written ?? "");
  const line = link ? keys.find((k) => k.key === key) : undefined;
  const linkQuote = line && readScalar(text.slice(line.valueStart, line.line.end))?.quote;
  const value = linkQuote ? formatScalar(`[[${link?.[1] ?? ""}${date}]]`, linkQuote) : formatDateScalar(date, dateQuoteStyle(text, parsed.block, key, keys));
  const edit = frontmatterEdit.setScalar(text, key, value, { after: ["created", "title", "type"], valueName: "date" }, parsed);
  return edit ? [edit] : [];
}

/** Tags compare without a leading `#` and ignoring case, as Obsidian does. */
export function sameTag(a: string, b: string): boolean {
  return a.replace(/^#/, "").toLowerCase() === b.replace(/^#/, "").toLowerCase();
}

/** Removes the `needs-review` tag; `auto_created` stays, since it records where the note came from. */
export function markReviewed(text: string, ctx: EditContext): string {
  const edit = frontmatterEdit.removeListItem(text, "tags", REVIEW_TAG, sameTag);
  return finishEdit(text, edit ? [edit] : [], ctx.today, { frontmatterParsed: true });
}

/**
 * Whether a person waits in the review queue: made by automation (`auto_created: true`) and
 * still tagged `needs-review`. Takes frontmatter values as Obsidian's metadata cache or the
 * core's parser gives them (a boolean or the string `true`; tags as a list or one string).
 */
export function needsReview(frontmatter: Readonly<Record<string, unknown>> | null | undefined): boolean {
  const auto = frontmatter?.auto_created;
  if (auto !== true && !(typeof auto === "string" && auto.trim().toLowerCase() === "true")) return false;
  const tags: unknown = frontmatter?.tags;
  const list: unknown[] = Array.isArray(tags) ? tags : typeof tags === "string" ? tags.split(/[,\s]+/) : [];
  return list.some((t) => typeof t === "string" && sameTag(t, REVIEW_TAG));
}
