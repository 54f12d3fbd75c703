import { diffArrays, type ArrayChange } from "diff";
import { splitLines } from "./lines";
import type { TextEdit } from "./text-edit";

/** The smallest single replacement that turns `before` into `after` (two texts compared unit by unit: no regex says it). */
export function minimalChange(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}

// Past this many changed lines one replacement is as good as many, and cheaper to find.
export const MAX_EDIT_DISTANCE = 256;

/** jsdiff's Myers diff of the two texts' lines (line breaks kept); undefined past the edit distance cap. */
function lineDiff(before: string, after: string): ArrayChange<string>[] | undefined {
  return diffArrays(splitLines(before), splitLines(after), { maxEditLength: MAX_EDIT_DISTANCE });
}

/**
 * The changes that turn `before` into `after`, one per changed place (a line diff, each run of
 * changed lines then narrowed to the characters that differ), so an editor keeps cursor and
 * folds everywhere else. Ordered by position; offsets refer to `before`.
 */
export function textChanges(before: string, after: string): TextEdit[] {
  const parts = lineDiff(before, after);
  if (!parts) return [minimalChange(before, after) as TextEdit];
  const changes: TextEdit[] = [];
  const run = { from: 0, removed: "", inserted: "" };
  for (const part of [...parts, { value: [], added: false, removed: false, count: 0 }]) {
    const text = part.value.join("");
    if (part.removed) run.removed += text;
    else if (part.added) run.inserted += text;
    else {
      const narrow = minimalChange(run.removed, run.inserted);
      if (narrow) changes.push({ from: run.from + narrow.from, to: run.from + narrow.to, insert: narrow.insert });
      Object.assign(run, { from: run.from + run.removed.length + text.length, removed: "", inserted: "" });
    }
  }
  return changes;
}

/** A line of a line diff: kept, removed or added (line breaks left out). */
export interface DiffLine {
  kind: "=" | "-" | "+";
  text: string;
}

/** The removed and added lines between two texts, in order; null past the edit distance cap. */
export function changedLines(before: string, after: string): DiffLine[] | null {
  const parts = lineDiff(before, after);
  if (!parts) return null;
  return parts
    .filter((part) => part.added || part.removed)
    .flatMap((part) => part.value.map((line): DiffLine => ({ kind: part.added ? "+" : "-", text: line.replace(/\r?\n$/, "") })));
}
