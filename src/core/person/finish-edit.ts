import { KithError } from "../errors";
import { checkFrontmatter } from "../frontmatter/parse";
import { scanCodeAndFooter, type CodeAndFooter } from "../sections/outline";
import { minimalChange } from "../text/diff";
import { controlCharacterCount } from "../text/control-characters";
import { atLineStart, lineNumberAt, lineStart, nextLineStart } from "../text/lines";
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
  if (addsControlCharacters(before, edits)) throw controlCharacters();
  const code = read.outline ?? scanCodeAndFooter(before);
  if (!read.frontmatterParsed) checkFrontmatter(before, code.frontmatter);
  const open = code.unclosedFence;
  const change = open === null ? null : minimalChange(before, after);
  if (open !== null && change && (change.from > open || change.to > open)) throw belowUnclosedFence(before, open);
  // So is a change inside a comment that is never closed: it hides the rest of the note.
  const comment = code.unclosedComment;
  const hidden = comment === null ? null : (change ?? minimalChange(before, after));
  if (comment !== null && hidden && (hidden.from > comment || hidden.to > comment)) throw belowUnclosedComment(before, comment);
  const written = scanCodeAndFooter(after);
  if (hiddenKeptText(before, code, edits, "before") !== hiddenKeptText(before, written, edits, "after")) throw hidesOtherLines();
  return stampFooter(before, after, today, written.footer);
}

/** Whether the edits write control characters the text they replace did not hold (a note's own are moved, never refused). */
function addsControlCharacters(before: string, edits: readonly TextEdit[]): boolean {
  const count = controlCharacterCount;
  // Nearly every edit writes none: its inserts are read once, and no more.
  if (edits.every((e) => count(e.insert) === 0)) return false;
  return edits.reduce((added, e) => added + count(e.insert) - count(before.slice(e.from, e.to)), 0) > 0;
}

/** Refuses a text to write that holds control characters. */
export function controlCharacters(): KithError {
  return new KithError("invalid-value", "The text to write holds control characters (such as a terminal's colour codes), which are no text; write it without them. Nothing was written.");
}

/** Refuses a text that would hide (or show) other lines of a note: a comment or a fence it opens or closes. */
export function hidesOtherLines(): KithError {
  return new KithError(
    "invalid-value",
    "The text to write holds %%, <!-- or a code fence (```) that would hide other lines of the note in Obsidian (or show hidden ones); write it another way. Nothing was written.",
  );
}

/**
 * The text no edit replaced that code or a comment hides, as runs of offsets in the note before
 * the edits: an edit changes its own lines only, so this is the same before and after it. A value
 * that opens a comment (`5%%`) or a fence and never closes it hides the lines below it. Line
 * breaks do not count: which block a line break at an edit's edge ends is no change a reader sees.
 */
function hiddenKeptText(before: string, read: Pick<CodeAndFooter, "fences" | "comments">, edits: readonly TextEdit[], side: "before" | "after"): string {
  const runs: Array<[number, number]> = [];
  let from = 0;
  let shift = 0;
  const kept = (to: number): void => {
    for (const [start, end] of [...read.fences, ...read.comments]) {
      const run = trimLineBreaks(before, Math.max(start - (side === "after" ? shift : 0), from), Math.min(end - (side === "after" ? shift : 0), to));
      if (run) runs.push(run);
    }
  };
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    kept(edit.from);
    from = edit.to;
    shift += edit.insert.length - (edit.to - edit.from);
  }
  kept(before.length);
  // Runs cut apart by an edit, or by line breaks only, are one.
  const merged: Array<[number, number]> = [];
  for (const run of runs.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && (run[0] <= last[1] || /^[\r\n]*$/.test(before.slice(last[1], run[0])))) last[1] = Math.max(last[1], run[1]);
    else merged.push([...run]);
  }
  return merged.map(([s, e]) => `${s}-${e}`).join(",");
}

/** The run without the line breaks at its ends, or null when nothing else is in it. */
function trimLineBreaks(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && (text[s] === "\n" || text[s] === "\r")) s++;
  while (e > s && (text[e - 1] === "\n" || text[e - 1] === "\r")) e--;
  return s < e ? [s, e] : null;
}

function belowUnclosedFence(text: string, open: number): KithError {
  return new KithError("unsupported-layout", `Line ${lineNumberAt(text, open)} opens a code block that is never closed; close it before Kith edits below it.`);
}

function belowUnclosedComment(text: string, open: number): KithError {
  return new KithError("unsupported-layout", `Line ${lineNumberAt(text, open)} opens a comment that is never closed; close it before Kith edits below it.`);
}

/**
 * The change that turns `before` into `after`, for edits made as whole texts (a merge, a move of
 * lines): none when they are equal. It covers whole lines, so no line is read as half kept: a
 * fence line moved below its twin ends in the same backtick, and is still a moved line.
 */
export function changeBetween(before: string, after: string): TextEdit[] {
  const change = minimalChange(before, after);
  if (!change) return [];
  // Widened over text both sides share, so the lines before and after stay common to both.
  const from = lineStart(before, change.from);
  // The end moves down a line at a time until it ends a line in both texts (a moved line ending
  // in the very text of the line it passed can end one and not the other).
  let to = change.to;
  while (!atLineStart(before, to) || !atLineStart(after, after.length - (before.length - to))) to = nextLineStart(before, to);
  return [{ from, to, insert: after.slice(from, after.length - (before.length - to)) }];
}
