import { KithError } from "../errors";
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
 * `Name <email>` is refused with the item in the message: an email is how a person is found.
 */
export function readNamedEmails(items: readonly string[], attendees: readonly string[]): Record<string, string> {
  const byKey = new Map(attendees.map((a) => [nameKey(a), a]));
  const pairs = items.flatMap((item): Array<[string, string]> => {
    const m = NAMED_EMAIL.exec(item);
    if (!m?.[1] || !m[2]) throw new KithError("invalid-value", `attendee_emails: "${item}" is not "Name <email>".`);
    const attendee = byKey.get(nameKey(m[1]));
    return attendee === undefined ? [] : [[attendee, m[2].toLowerCase()]];
  });
  // fromEntries: a name like "__proto__" stays a key.
  return Object.fromEntries(pairs);
}

/** The email the recap knows for an attendee (case and accents of the name ignored), or null. */
export function attendeeEmail(recap: Pick<Recap, "emails">, name: string): string | null {
  const key = nameKey(name);
  const found = Object.entries(recap.emails ?? {}).find(([attendee]) => nameKey(attendee) === key);
  return found?.[1] ?? null;
}
