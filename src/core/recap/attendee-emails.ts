import { listValue, parseFrontmatter } from "../frontmatter";
import { nameKey } from "../person/names";
import type { Recap } from "./recap";

/** `Teodor Vasilescu <teodor.vasilescu@partner.example>`: one `attendee_emails` item of a meeting note, as mail clients write an address. */
const NAMED_EMAIL = /^\s*(.*?)\s*<([^\s<>@]+@[^\s<>@]+)>\s*$/;

/** A meeting note's `attendee_emails` item for one attendee. */
export function namedEmail(name: string, email: string): string {
  return `${name} <${email}>`;
}

/**
 * A meeting note's `attendee_emails` items as the recap's emails, for the attendees the note
 * has (an item for a name no longer among them is left out). An item that is not
 * `Name <email>` is left out too (the panel reads notes as they render): the CLI warns of it
 * (unreadNamedEmails), and that attendee is matched by name.
 */
export function readNamedEmails(items: readonly string[], attendees: readonly string[]): Record<string, string> {
  const byKey = new Map(attendees.map((a) => [nameKey(a), a]));
  const pairs = items.flatMap((item): Array<[string, string]> => {
    const m = NAMED_EMAIL.exec(item);
    const attendee = m?.[1] && m[2] ? byKey.get(nameKey(m[1])) : undefined;
    return attendee === undefined || !m?.[2] ? [] : [[attendee, m[2].toLowerCase()]];
  });
  // fromEntries: a name like "__proto__" stays a key.
  return Object.fromEntries(pairs);
}

/** A meeting note's `attendee_emails` items that are not `Name <email>`, each in a sentence for the user. */
export function unreadNamedEmails(noteText: string): string[] {
  const items = listValue(parseFrontmatter(noteText).data.attendee_emails);
  return items.filter((item) => !NAMED_EMAIL.test(item) || /^\s*</.test(item)).map((item) => `attendee_emails: "${item}" is not "Name <email>"; that attendee is matched by name.`);
}

/** The email the recap knows for an attendee (case and accents of the name ignored), or null. */
export function attendeeEmail(recap: Pick<Recap, "emails">, name: string): string | null {
  const key = nameKey(name);
  const found = Object.entries(recap.emails ?? {}).find(([attendee]) => nameKey(attendee) === key);
  return found?.[1] ?? null;
}
