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
const MAX_EDIT_DISTANCE = 256;

/**
 * The changes that turn `before` into `after`, one per changed place (a line diff, each hunk
 * then narrowed to the characters that differ), so an editor keeps cursor and folds
 * everywhere else. Ordered by position; offsets refer to `before`.
 */
export function textChanges(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const script = diffLines(a, b);
  if (!script) {
    const single = minimalChange(before, after);
    return single ? [single] : [];
  }
  const changes: TextEdit[] = [];
  let offset = 0;
  let i = 0;
  let j = 0;
  for (let k = 0; k < script.length; ) {
    if (script[k] === "=") {
      offset += a[i]?.length ?? 0;
      i++;
      j++;
      k++;
      continue;
    }
    const from = offset;
    let removed = "";
    let inserted = "";
    for (; k < script.length && script[k] !== "="; k++) {
      if (script[k] === "-") removed += a[i++] ?? "";
      else inserted += b[j++] ?? "";
    }
    offset += removed.length;
    const narrow = minimalChange(removed, inserted);
    if (narrow) changes.push({ from: from + narrow.from, to: from + narrow.to, insert: narrow.insert });
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
  const a = splitLines(before);
  const b = splitLines(after);
  const script = diffLines(a, b);
  if (!script) return null;
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const op of script) {
    const text = (op === "+" ? b[j] : a[i]) ?? "";
    if (op !== "+") i++;
    if (op !== "-") j++;
    if (op !== "=") lines.push({ kind: op === "+" ? "+" : "-", text: text.replace(/\r?\n$/, "") });
  }
  return lines;
}

/** Myers' diff on lines: `=` keep, `-` remove from a, `+` insert from b; null when too far apart. */
function diffLines(a: string[], b: string[]): string[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, next, a, b, d, offset);
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], last: Int32Array, a: string[], b: string[], depth: number, offset: number): string[] {
  const script: string[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d] ?? last;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      script.push("=");
      x--;
      y--;
    }
    script.push(down ? "+" : "-");
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) {
    script.push("=");
    x--;
    y--;
  }
  return script.reverse();
}
