import { KithError } from "../errors";
import { checkFrontmatter } from "../frontmatter/parse";
import { scanCodeAndFooter, type CodeAndFooter } from "../sections/outline";
import { minimalChange } from "../text/diff";
import { lineNumberAt } from "../text/lines";
import { applyTextEdit, isNoOp, type TextEdit } from "../text/text-edit";
import { stampFooter, stampedFooterLine } from "./footer";
import { BACKTICK, HASH, SPACE, STAR, TILDE } from "../text/char-codes";

/**
 * The last step of every person edit. A note whose frontmatter does not parse is refused
 * even when the edit itself would not touch it (an unclosed `---` can swallow the whole
 * note), and so is a change at or after a code fence that is never closed, where it would
 * be invisible code. Otherwise the footer gets the edit's date.
 */
export function finishEdit(before: string, after: string, today: string): string {
  if (after === before) return before;
  checkFrontmatter(before);
  const open = scanCodeAndFooter(before).unclosedFence;
  const change = open === null ? null : minimalChange(before, after);
  if (open !== null && change && (change.from > open || change.to > open)) throw belowUnclosedFence(before, open);
  return stampFooter(before, after, today);
}

function belowUnclosedFence(text: string, open: number): KithError {
  return new KithError("unsupported-layout", `Line ${lineNumberAt(text, open)} opens a code block that is never closed; close it before Kith edits below it.`);
}

/**
 * `finishEdit` for an edit given as one splice of `before`, whose code and footer the edit
 * already read: the same checks and the same result, without reading the edited text again.
 * When the splice leaves every heading, fence and footer line as it was, the footer is where
 * it was (shifted), and the stamped text is built from `before` in one go.
 */
export function finishTextEdit(before: string, code: CodeAndFooter, edit: TextEdit | null, today: string): string {
  if (edit === null || isNoOp(before, edit)) return before;
  checkFrontmatter(before, code.frontmatter);
  const open = code.unclosedFence;
  if (open !== null) return finishEdit(before, applyTextEdit(before, edit), today);
  const footer = code.footer;
  if (!footer || edit.to > footer.lineStart || !keepsMarkerLines(before, edit, code.bodyStart)) return stampFooter(before, applyTextEdit(before, edit), today);
  const line = before.slice(footer.lineStart, footer.lineEnd);
  const stamped = stampedFooterLine(line, today);
  return before.slice(0, edit.from) + edit.insert + before.slice(edit.to, footer.lineStart) + (stamped ?? line) + before.slice(footer.lineEnd);
}

/**
 * Whether the splice changes no line that is, or would become, a heading, fence or footer
 * line: either whole lines none of which starts like one, or text inside one line that does
 * not start like one, after its first character.
 */
function keepsMarkerLines(text: string, edit: TextEdit, bodyStart: number): boolean {
  // The body's first line is left to the full check: a BOM stands before its first character,
  // and a change there can open a frontmatter block.
  const lineStart = edit.from === 0 ? 0 : text.lastIndexOf("\n", edit.from - 1) + 1;
  if (lineStart <= bodyStart) return false;
  const removed = text.slice(edit.from, edit.to);
  if (!removed.includes("\n") && !edit.insert.includes("\n")) {
    let first = lineStart;
    while (text.charCodeAt(first) === 32) first++;
    // After the line's first character, the edit cannot change what the line starts with.
    return edit.from > first && (first - lineStart > 3 || !"#`~*".includes(text[first] ?? "#"));
  }
  const atLineStart = (pos: number): boolean => pos === 0 || text.charCodeAt(pos - 1) === 10;
  if (!atLineStart(edit.from) || !atLineStart(edit.to) || !(edit.insert === "" || edit.insert.endsWith("\n"))) return false;
  return !hasMarkerLine(removed) && !hasMarkerLine(edit.insert);
}

/** Whether a line of `lines` (whole lines) starts, after up to three spaces, with `#`, a backtick, `~` or `*`. */
function hasMarkerLine(lines: string): boolean {
  for (let start = 0; start < lines.length; ) {
    let at = start;
    while (at - start < 3 && lines.charCodeAt(at) === SPACE) at++;
    const c = lines.charCodeAt(at);
    if (c === HASH || c === BACKTICK || c === TILDE || c === STAR) return true;
    const lf = lines.indexOf("\n", start);
    if (lf === -1) break;
    start = lf + 1;
  }
  return false;
}

/**
 * The last step of an edit made by the frontmatter editors alone (one checked splice of the
 * block): they parse the block and refuse malformed YAML themselves, and the body below it is
 * the note's own, so its footer is where it was, shifted. Only the footer's date is left.
 */
export function finishFrontmatterEdit(before: string, edit: TextEdit | null, today: string): string {
  if (edit === null || isNoOp(before, edit)) return before;
  const footer = scanCodeAndFooter(before).footer;
  if (!footer || edit.to > footer.start) return stampFooter(before, applyTextEdit(before, edit), today);
  const line = before.slice(footer.lineStart, footer.lineEnd);
  const stamped = stampedFooterLine(line, today) ?? line;
  return before.slice(0, edit.from) + edit.insert + before.slice(edit.to, footer.lineStart) + stamped + before.slice(footer.lineEnd);
}
