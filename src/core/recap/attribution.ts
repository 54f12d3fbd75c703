import { nameKey } from "../person/names";
import { distinctAttendees } from "./distinct";

/** An item written as `Name: text` or `[[Name]]: text` for one attendee. */
export interface AttributedItem {
  /** The attendee it belongs to (as named in the recap), or null when it is shared. */
  attendee: string | null;
  text: string;
}

const LINKED = /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]\s*:\s*(.+)$/;
const NAMED = /^([^:[\]]{1,60}?)\s*:\s+(.+)$/;

/**
 * Whose item this is: `Name: text` where Name is an attendee (full name, or a first name that
 * only one attendee has) belongs to that attendee; anything else (`Budget: $2M`) is shared.
 */
export function attributeItem(item: string, attendees: readonly string[]): AttributedItem {
  const m = LINKED.exec(item) ?? NAMED.exec(item);
  const who = m?.[1];
  const rest = m?.[2];
  if (!who || !rest) return { attendee: null, text: item };
  const key = nameKey(who);
  const exact = attendees.find((a) => nameKey(a) === key);
  if (exact) return { attendee: exact, text: rest.trim() };
  const byFirstName = attendees.filter((a) => nameKey(a).split(" ")[0] === key);
  if (byFirstName.length === 1 && byFirstName[0]) return { attendee: byFirstName[0], text: rest.trim() };
  return { attendee: null, text: item };
}

/** The items that belong to `attendee`: theirs (without the name) and the shared ones. */
export function itemsFor(items: readonly string[], attendees: readonly string[], attendee: string): string[] {
  const people = distinctAttendees(attendees);
  return items
    .map((item) => attributeItem(item, people))
    .filter((a) => a.attendee === null || a.attendee === attendee)
    .map((a) => a.text);
}
