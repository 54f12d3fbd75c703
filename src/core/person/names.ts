import { KithError } from "../errors";
import { sliceWhole } from "../text/truncate";
import { oneLine, toNfc } from "../text/unicode";

/** Names: NFC throughout; file names safe on every platform a vault syncs to. */

const FORBIDDEN = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_FILE_NAME_LENGTH = 120;

export function nfc(value: string): string {
  return toNfc(value);
}

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
  let base = cleanName(name.replace(FORBIDDEN, " "));
  base = base.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  base = cutOnWord(base, maxLength).replace(/[.\s]+$/, "");
  if (base === "") {
    throw new KithError("invalid-name", `"${name}" cannot be a file name: nothing is left once unsafe characters are removed.`);
  }
  const stem = base.split(".")[0] ?? base;
  if (RESERVED.test(stem)) base = `${base} (person)`;
  return base;
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
  let n = cleanName(name);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(n);
  if (comma?.[1] && comma[2]) n = `${comma[2]} ${comma[1]}`;
  return n
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** The default task handle: `@` and the name without spaces (`@DanaOkafor`). */
export function defaultHandle(name: string): string {
  return `@${cleanName(name).replace(/\s+/g, "")}`;
}
