import { nameKey } from "../person/names";

/**
 * Whether a short name ("Dana") is the first name, or another part, of exactly one other
 * attendee's full name in the same meeting ("Dana Okafor"): then both are one person.
 */
export function namesAnotherAttendee(key: string, attendees: readonly string[]): boolean {
  const words = key.split(" ");
  const fuller = attendees
    .map(nameKey)
    .filter((other) => other !== key && other.split(" ").length > words.length)
    .filter((other) => words.every((w) => other.split(" ").includes(w)));
  return new Set(fuller).size === 1;
}

/** The attendees once, each by its fullest name: "Dana" goes when "Dana Okafor" is there. */
export function distinctAttendees(attendees: readonly string[]): string[] {
  const seen = new Set<string>();
  return attendees.filter((name) => {
    const key = nameKey(name);
    if (key === "" || seen.has(key) || namesAnotherAttendee(key, attendees)) return false;
    seen.add(key);
    return true;
  });
}
