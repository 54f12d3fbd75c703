import { KithError } from "../errors";
import { sliceWhole } from "../text/truncate";
import { oneLine } from "../text/unicode";
import { foldForSearch } from "./search";

/** Names: NFC throughout; file names safe on every platform a vault syncs to. */

const FORBIDDEN = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_FILE_NAME_LENGTH = 120;
/**
 * A file name's limit in UTF-8 bytes (without `.md`). File systems allow 255 bytes; Kith's lock
 * file beside a note (`.<name>.md.kith-lock`) and sync tools' temporary names add to the
 * note's name, so a longer name would make a note Kith could create but never edit.
 */
export const MAX_FILE_NAME_BYTES = 200;

/** Control and format characters: invisible in a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Those a name may hold: white space (which collapses) and the joiners emoji and scripts need (ZWNJ, ZWJ, the tag letters of flag emoji). */
const ALLOWED_INVISIBLE = /^(?:[\t\n\v\f\r]|\u200C|\u200D|[\u{E0020}-\u{E007F}])$/u;

/** The invisible characters a pasted name most often carries, in words. */
const INVISIBLE_NAMES: Record<string, string> = {
  "\u00AD": "soft hyphen",
  "\u061C": "Arabic letter mark",
  "\u180E": "Mongolian vowel separator",
  "\u200B": "zero-width space",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2060": "word joiner",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\uFEFF": "zero-width no-break space",
};

/** A display name cleaned for storage: NFC, single spaces, trimmed. */
export function cleanName(name: string): string {
  return oneLine(name);
}

/**
 * A name as a file name (without `.md`): characters a vault cannot hold become spaces,
 * spaces collapse, leading dots and trailing dots and spaces go, reserved Windows names get
 * a suffix, and a long name is cut on a word boundary. Refuses a name with nothing left.
 */
export function toFileName(name: string, maxLength = MAX_FILE_NAME_LENGTH): string {
  refuseInvisible(name);
  let base = cleanName(name.replace(FORBIDDEN, " "));
  base = base.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  base = cutOnWord(base, maxLength).replace(/[.\s]+$/, "");
  if (base === "") {
    throw new KithError("invalid-name", `"${name}" cannot be a file name: nothing is left once unsafe characters are removed.`);
  }
  const stem = base.split(".")[0] ?? base;
  if (RESERVED.test(stem)) base = `${base} (person)`;
  const bytes = utf8Length(base);
  if (bytes > MAX_FILE_NAME_BYTES) {
    throw new KithError(
      "invalid-name",
      `"${name}" makes a file name of ${bytes} bytes; a file name may have at most ${MAX_FILE_NAME_BYTES} bytes in UTF-8 (about 66 Chinese characters or 50 emoji), so that Kith can still edit the note. Use a shorter name.`,
    );
  }
  return base;
}

/** A person's note file name (without `.md`): as toFileName; `Dana.md` is refused, not made `Dana.md.md`, and so is a link, `[[Dana]]`. */
export function personFileName(name: string): string {
  if (/\[\[|\]\]/.test(name)) throw new KithError("invalid-name", `"${name}" holds [[ or ]], which make a link: give the person's name itself.`);
  const base = toFileName(name);
  if (/\.md$/i.test(base)) throw new KithError("invalid-name", `"${name}" is a file name: give the person's name, without .md.`);
  return base;
}

/** Refuses a name with an invisible character, naming it; the name is echoed with each one shown as <U+XXXX>. */
function refuseInvisible(name: string): void {
  const found = name.match(INVISIBLE)?.find((c) => !ALLOWED_INVISIBLE.test(c));
  if (found === undefined) return;
  const shown = name.replace(INVISIBLE, (c) => (ALLOWED_INVISIBLE.test(c) ? c : `<${codePoint(c)}>`));
  const what = INVISIBLE_NAMES[found] ?? (/\p{Cc}/u.test(found) ? "a control character" : "an invisible format character");
  throw new KithError("invalid-name", `"${shown}" cannot be a name: it contains ${codePoint(found)} (${what}), which is invisible. Type the name without it.`);
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The length of text in UTF-8 bytes (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts text to at most `max` characters on a word boundary (mid-word only for one long word). */
export function cutOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : sliceWhole(text, max)).trimEnd();
}

/** The key names are compared by: accents, case, spacing and "Last, First" order ignored. */
export function nameKey(name: string): string {
  const n = cleanName(name);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(n);
  return foldForSearch(comma?.[1] && comma[2] ? `${comma[2]} ${comma[1]}` : n);
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** The default task handle: `@` and the name without spaces (`@DanaOkafor`). */
export function defaultHandle(name: string): string {
  return `@${cleanName(name).replace(/\s+/g, "")}`;
}
