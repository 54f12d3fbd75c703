/**
 * Control characters (C0, DEL, C1): no text, invisible in a note (a terminal's colour codes,
 * say). Tab and line breaks are text, and so are the vertical tab and form feed a word
 * processor pastes for a soft line or page break. A class, not `\p{Cc}`, which reads a third as fast.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x9f]/g;

/** How many control characters the text holds. */
export function controlCharacterCount(text: string): number {
  return text.match(CONTROL)?.length ?? 0;
}
