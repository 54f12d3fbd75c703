import { FrontmatterError } from "../errors";

/** Where the frontmatter block sits in a note, as offsets into the note's text. */
export interface FrontmatterBlock {
  /** Offset of the opening `---` (1 when the note starts with a BOM). */
  open: number;
  /** Offset of the first YAML line. */
  contentStart: number;
  /** Offset of the closing fence line (the end of the YAML lines). */
  contentEnd: number;
  /** Offset just after the closing fence line, its line break included. */
  end: number;
}

/** Length of a leading byte order mark, 0 or 1. */
export function bomLength(text: string): number {
  return text.startsWith("\ufeff") ? 1 : 0;
}

/** The opening fence: a `---` line (trailing spaces and tabs allowed) first in the note, after a BOM. */
const OPENING_FENCE = /^\ufeff?---[ \t]*\r?\n/;

/**
 * Finds the frontmatter block the way Obsidian does: a `---` line first in the note, closed
 * by the next `---` line. A fence that is never closed is refused rather than guessed at.
 */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return null;
  const contentStart = opening[0].length;
  // The next `---` line, from the opening line's own line break (an empty block closes at once).
  const closing = /\n---[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = contentStart - 1;
  const close = closing.exec(text);
  if (!close) throw new FrontmatterError("the opening --- is never closed", 1);
  return { open: bomLength(text), contentStart, contentEnd: close.index + 1, end: closing.lastIndex };
}
