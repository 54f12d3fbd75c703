/** Unicode forms of user text, as Kith stores and compares it. */

export function isAscii(text: string): boolean {
  return !/[\u0080-\uffff]/.test(text);
}

/** The text in NFC. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** Runs of white space (line breaks too) as one space: each run of two or more, and each lone one that is not a space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ");
}

/** One line of user text as stored: NFC, runs of white space (line breaks too) as one space, trimmed. */
export function oneLine(text: string): string {
  return collapseSpaces(toNfc(text)).trim();
}

/** A UTF-16 code unit as the `\uXXXX` escape JSON and YAML's double quotes both read back. */
export function unicodeEscape(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
