import { codeRanges, inRanges } from "../links/code-ranges";
import { locateFrontmatter } from "../frontmatter/locate";
import { applyTextEdits } from "../text/text-edit";

/** A task line, in a blockquote or callout too (`> - [ ]`), as the task index reads one. */
const TASK_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\][ \t]/gm;
const WORD = /[\p{L}\p{N}_]/u;

/**
 * Rewrites a task handle (`@DanaOkafor` -> `@DanaOkafor-Lee`) in the note's task lines, where it
 * stands as a whole handle (`@Dana` is not part of `@DanaOkafor`); tasks in code stay.
 * Handles compare as Dataview's `contains` does: case and all.
 */
export function rewriteTaskHandle(text: string, from: string, to: string): string {
  if (from === to || from === "" || !text.includes(from)) return text;
  const code = codeRanges(text);
  const bodyStart = locateFrontmatter(text)?.end ?? 0;
  const places: number[] = [];
  TASK_LINE.lastIndex = bodyStart;
  for (let m = TASK_LINE.exec(text); m; m = TASK_LINE.exec(text)) {
    const end = text.indexOf("\n", m.index);
    const lineEnd = end === -1 ? text.length : end;
    for (let at = text.indexOf(from, m.index); at !== -1 && at < lineEnd; at = text.indexOf(from, at + from.length)) {
      const before = text[at - 1] ?? "";
      const after = text[at + from.length] ?? "";
      if (!WORD.test(before) && !WORD.test(after) && !inRanges(code, at)) places.push(at);
    }
    TASK_LINE.lastIndex = lineEnd;
  }
  return applyTextEdits(text, places.map((at) => ({ from: at, to: at + from.length, insert: to })));
}
