import type { PeopleIndex } from "../people/people-index";
import type { PersonEntry } from "../people/entry";
import { resolveAttendees } from "../recap/resolve";
import type { CalendarAttendee } from "./attendees";

/** An attendee and the person note they are: found by email, by name, ambiguous, or new. */
export interface MatchedAttendee extends CalendarAttendee {
  match: "email" | "name" | "ambiguous" | "new";
  person: PersonEntry | null;
  /** For an ambiguous attendee: the people they could be. */
  candidates: PersonEntry[];
}

/** You, as the settings know you: your emails, name and aliases. */
export interface Me {
  emails: readonly string[];
  names: readonly string[];
}

const looksLikeEmail = (name: string): boolean => /^[^\s@]+@[^\s@]+$/.test(name);

/**
 * Each attendee's person note: by email first (an email is one person's), then by name with
 * the recap's rules (a name that matches people only in part is ambiguous, never taken).
 * You are left out, by email or by name.
 */
export function matchAttendees(attendees: readonly CalendarAttendee[], index: PeopleIndex, me: Me): MatchedAttendee[] {
  const myEmails = new Set(me.emails.map((e) => e.trim().toLowerCase()));
  return attendees.flatMap((attendee): MatchedAttendee[] => {
    if (attendee.email !== null && myEmails.has(attendee.email)) return [];
    const byEmail = attendee.email === null ? [] : index.match(attendee.email).exact;
    if (byEmail.length === 1) return [{ ...attendee, match: "email", person: byEmail[0] ?? null, candidates: [] }];
    if (byEmail.length > 1) return [{ ...attendee, match: "ambiguous", person: null, candidates: byEmail }];
    // A name that is only the email (Google's CN when it knows no name) names no one.
    if (looksLikeEmail(attendee.name)) return [{ ...attendee, match: "new", person: null, candidates: [] }];
    const [resolved] = resolveAttendees([attendee.name], index, { self: me.names });
    if (!resolved || resolved.status === "self") return [];
    const match = resolved.status === "matched" ? "name" : resolved.status;
    return [{ ...attendee, match, person: resolved.person, candidates: resolved.candidates }];
  });
}
