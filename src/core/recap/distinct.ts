import { nameKey } from "../person/names";

/**
 * Whether a short name ("Dana") is the first name, or another part, of exactly one other
 * attendee's full name in the same meeting ("Dana Okafor"): then both are one person.
 */
export function namesAnotherAttendee(key: string, attendees: readonly string[]): boolean {
  return namesAnotherKey(key, attendees.map(nameKey));
}

/** `namesAnotherAttendee` with the attendees' name keys already worked out (`nameKey`). */
export function namesAnotherKey(key: string, keys: readonly string[]): boolean {
  const words = key.split(" ");
  let fuller: string | null = null;
  for (const other of keys) {
    if (other === key || other === fuller) continue;
    const otherWords = other.split(" ");
    if (otherWords.length <= words.length || !words.every((w) => otherWords.includes(w))) continue;
    // A second, different fuller name: the short one could be either.
    if (fuller !== null) return false;
    fuller = other;
  }
  return fuller !== null;
}

/** The attendees once, each by its fullest name: "Dana" goes when "Dana Okafor" is there. */
export function distinctAttendees(attendees: readonly string[]): string[] {
  const keys = attendees.map(nameKey);
  const seen = new Set<string>();
  return attendees.filter((_, i) => {
    const key = keys[i] ?? "";
    if (key === "" || seen.has(key) || namesAnotherKey(key, keys)) return false;
    seen.add(key);
    return true;
  });
}
