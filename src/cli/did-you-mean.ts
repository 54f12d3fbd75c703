/**
 * "Did you mean" for a mistyped command or name: the candidates closest to what was typed, by
 * edit distance (one letter added, dropped, changed or two swapped is one edit). A regex cannot
 * count edits, so this is the one hand-written loop: the textbook two-row dynamic programme.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // Three rows: the swap of two neighbours looks two rows back (optimal string alignment).
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[y.length] ?? 0;
}

/** How far a guess may be from what was typed: a third of its letters, at least one and at most three. */
function tolerance(typed: string): number {
  return Math.max(1, Math.min(3, Math.floor([...typed].length / 3)));
}

/**
 * The candidates nearest to `typed` within the tolerance, nearest first (ties in the given
 * order), at most `limit`. `key` is what is compared (folded case, say); the candidate is what is shown.
 */
export function closest<T>(typed: string, candidates: Iterable<T>, key: (candidate: T) => string[], limit = 3): T[] {
  const near: Array<{ candidate: T; distance: number }> = [];
  for (const candidate of candidates) {
    const distance = Math.min(...key(candidate).map((k) => editDistance(typed, k)));
    if (distance <= tolerance(typed)) near.push({ candidate, distance });
  }
  return near
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((n) => n.candidate);
}

/** ` Did you mean "a" or "b"?`, or nothing when there is no guess. */
export function didYouMean(guesses: readonly string[]): string {
  if (guesses.length === 0) return "";
  const quoted = guesses.map((g) => `"${g}"`);
  const last = quoted.pop();
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ${last}` : last}?`;
}
