import { KithError } from "../errors";
import { checkFrontmatter } from "../frontmatter/parse";
import { scanCodeAndFooter, type CodeAndFooter } from "../sections/outline";
import { minimalChange } from "../text/diff";
import { lineNumberAt } from "../text/lines";
import { applyTextEdits, type TextEdit } from "../text/text-edit";
import { stampFooter } from "./footer";

/** What an edit has read of the note before finishing it. */
export interface NoteRead {
  /** The note's outline (any read of it that has the code blocks and the footer). */
  outline?: CodeAndFooter;
  /** The edit parsed the frontmatter (parseFrontmatter), which makes the check finishEdit would. */
  frontmatterParsed?: boolean;
}

/**
 * The one last step of every person edit: the edit says what it changes, as TextEdits of the
 * note as read, and this applies them, checks once and stamps the footer. A note whose
 * frontmatter does not parse is refused even when the edit would not touch it (an unclosed
 * `---` can swallow the whole note), and so is a change at or after a code fence that is never
 * closed, where it would be invisible code. Otherwise the footer gets the edit's date. No
 * change gives the note back as it was (the same string). `read` is the note's outline when
 * the edit has read it already (`read`), so nothing is read twice.
 */
export function finishEdit(before: string, edits: readonly TextEdit[], today: string, read: NoteRead = {}): string {
  const after = applyTextEdits(before, edits);
  if (after === before) return before;
  const code = read.outline ?? scanCodeAndFooter(before);
  if (!read.frontmatterParsed) checkFrontmatter(before, code.frontmatter);
  const open = code.unclosedFence;
  const change = open === null ? null : minimalChange(before, after);
  if (open !== null && change && (change.from > open || change.to > open)) throw belowUnclosedFence(before, open);
  // So is a change inside a comment that is never closed: it hides the rest of the note.
  const comment = code.unclosedComment;
  const hidden = comment === null ? null : (change ?? minimalChange(before, after));
  if (comment !== null && hidden && (hidden.from > comment || hidden.to > comment)) throw belowUnclosedComment(before, comment);
  return stampFooter(before, after, today);
}

function belowUnclosedFence(text: string, open: number): KithError {
  return new KithError("unsupported-layout", `Line ${lineNumberAt(text, open)} opens a code block that is never closed; close it before Kith edits below it.`);
}

function belowUnclosedComment(text: string, open: number): KithError {
  return new KithError("unsupported-layout", `Line ${lineNumberAt(text, open)} opens a comment that is never closed; close it before Kith edits below it.`);
}

/** The change that turns `before` into `after`, for edits made as whole texts (a merge, a move of lines): none when they are equal. */
export function changeBetween(before: string, after: string): TextEdit[] {
  const change = minimalChange(before, after);
  return change ? [change] : [];
}
