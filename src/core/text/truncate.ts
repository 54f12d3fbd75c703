/**
 * Cuts text to at most `max` characters on a word boundary and marks the cut with `...`
 * (the dots count toward `max`). Whitespace is folded to single spaces first.
 */
export function truncateOnWord(text: string, max: number): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  const room = Math.max(1, max - 3);
  const head = folded.slice(0, room + 1);
  const space = head.lastIndexOf(" ");
  const cut = space > 0 ? head.slice(0, space) : sliceWhole(folded, room);
  return `${cut.replace(/[\s,;:.!?-]+$/, "")}...`;
}

/** The first `max` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair. */
export function sliceWhole(text: string, max: number): string {
  const head = text.slice(0, max);
  // A high surrogate last is half of a pair.
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}
