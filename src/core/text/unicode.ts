/**
 * Unicode forms, cheaply: most text Kith compares is ASCII, which NFC leaves as it is, and a
 * single-spaced line needs no collapsing, so both are tested for before any copy is made.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const UNUSUAL_SPACE = /[^\S ]| {2}/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** The text in NFC. */
export function toNfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFC") : text;
}

/** Runs of white space (line breaks too) as one space. */
export function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** One line of user text as stored: NFC, runs of white space (line breaks too) as one space, trimmed. */
export function oneLine(text: string): string {
  return isPlainAscii(text) ? text : collapseSpaces(toNfc(text)).trim();
}

/** Printable ASCII with single spaces between words: text oneLine leaves as it is. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32 : c < 33 || c > 126) return false;
  }
  return true;
}
