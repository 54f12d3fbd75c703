import { nameKey } from "../person/names";
import { distinctAttendees } from "./distinct";

/** An item written as `Name: text` or `[[Name]]: text` for one attendee. */
export interface AttributedItem {
  /** The attendee it belongs to (as named in the recap), or null when it is shared. */
  attendee: string | null;
  text: string;
}

/** Attendees with their name keys and first names worked out once, to attribute many items. */
export interface KeyedAttendees {
  names: readonly string[];
  keys: readonly string[];
  /** The first word of each key. */
  firsts: readonly string[];
}

export function keyAttendees(attendees: readonly string[]): KeyedAttendees {
  const keys = attendees.map(nameKey);
  return { names: attendees, keys, firsts: keys.map((k) => k.split(" ")[0] ?? "") };
}

const LINKED = /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]\s*:\s*(.+)$/;
const NAMED = /^([^:[\]]{1,60}?)\s*:\s+(.+)$/;

/**
 * Whose item this is: `Name: text` where Name is an attendee (full name, or a first name that
 * only one attendee has) belongs to that attendee; anything else (`Budget: $2M`) is shared.
 */
export function attributeItem(item: string, attendees: readonly string[]): AttributedItem {
  return attributeKeyed(item, keyAttendees(attendees));
}

/** `attributeItem` against attendees keyed once (`keyAttendees`). */
export function attributeKeyed(item: string, attendees: KeyedAttendees): AttributedItem {
  const m = LINKED.exec(item) ?? NAMED.exec(item);
  const who = m?.[1];
  const rest = m?.[2];
  if (!who || !rest) return { attendee: null, text: item };
  const key = nameKey(who);
  const exact = attendees.names[attendees.keys.indexOf(key)];
  // Else by first name, which names no one when two attendees share it.
  const byFirstName = attendees.names.filter((_name, i) => attendees.firsts[i] === key);
  const owner = exact ?? (byFirstName.length === 1 ? byFirstName[0] : undefined);
  return owner ? { attendee: owner, text: rest.trim() } : { attendee: null, text: item };
}

/** A recap's items with their owners worked out once, for every attendee's edit. */
export function attributeItems(items: readonly string[], attendees: readonly string[]): AttributedItem[] {
  const people = keyAttendees(distinctAttendees(attendees));
  return items.map((item) => attributeKeyed(item, people));
}

/** The items of `attributed` that belong to `attendee`: theirs (without the name) and the shared ones. */
export function itemsOf(attributed: readonly AttributedItem[], attendee: string): string[] {
  return attributed.filter((a) => a.attendee === null || a.attendee === attendee).map((a) => a.text);
}

/** The items that belong to `attendee`: theirs (without the name) and the shared ones. */
export function itemsFor(items: readonly string[], attendees: readonly string[], attendee: string): string[] {
  return itemsOf(attributeItems(items, attendees), attendee);
}
