import { KithError } from "../errors";
import { parseFrontmatter } from "../frontmatter/parse";
import { scanCodeAndFooter } from "../sections/outline";
import { minimalChange } from "../text/diff";
import { lineNumberAt } from "../text/lines";
import { stampFooter } from "./footer";

/**
 * The last step of every person edit. A note whose frontmatter does not parse is refused
 * even when the edit itself would not touch it (an unclosed `---` can swallow the whole
 * note), and so is a change at or after a code fence that is never closed, where it would
 * be invisible code. Otherwise the footer gets the edit's date.
 */
export function finishEdit(before: string, after: string, today: string): string {
  if (after === before) return before;
  parseFrontmatter(before);
  const open = scanCodeAndFooter(before).unclosedFence;
  const change = open === null ? null : minimalChange(before, after);
  if (open !== null && change && (change.from > open || change.to > open)) {
    throw new KithError(
      "unsupported-layout",
      `Line ${lineNumberAt(before, open)} opens a code block that is never closed; close it before Kith edits below it.`,
    );
  }
  return stampFooter(before, after, today);
}
