import { FrontmatterError } from "../errors";
import { lineEnd, nextLineStart } from "../text/lines";

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

/** Whether the line from `start` to `end` is a `---` fence (trailing spaces and tabs allowed). */
function isFenceLine(text: string, start: number, end: number): boolean {
  if (end - start < 3 || !text.startsWith("---", start)) return false;
  for (let i = start + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Length of a leading byte order mark, 0 or 1. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * Finds the frontmatter block the way Obsidian does: a `---` line first in the note, closed
 * by the next `---` line. A fence that is never closed is refused rather than guessed at.
 */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const open = bomLength(text);
  const firstEnd = lineEnd(text, open);
  if (!isFenceLine(text, open, firstEnd) || firstEnd === text.length) return null;
  const contentStart = nextLineStart(text, open);
  // Only lines starting with `---` can close it: jump between them, not line by line.
  for (let lf = text.indexOf("\n---", contentStart - 1); lf !== -1; lf = text.indexOf("\n---", lf + 1)) {
    const start = lf + 1;
    const end = lineEnd(text, start);
    if (isFenceLine(text, start, end)) return { open, contentStart, contentEnd: start, end: nextLineStart(text, start) };
  }
  throw new FrontmatterError("the opening --- is never closed", 1);
}
