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
  const cut = space > 0 ? head.slice(0, space) : folded.slice(0, room);
  return `${cut.replace(/[\s,;:.!?-]+$/, "")}...`;
}
