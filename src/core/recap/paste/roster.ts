import { nameKey } from "../../person/names";
import { isSelf, type Self } from "./attendees";
import { isEmail, matchingAttendees } from "./people";
import type { ProsePeople } from "./prose-people";

/**
 * Who attended and who was only mentioned. The lists a text gives (an `Attended:` line, an
 * email's To and From) say who attended; an email's Cc and the people the prose talks about are
 * mentioned. Someone the prose says took part attends: added when the text lists no one, moved
 * over from the Cc, and otherwise a warning, as a list that leaves them out may be right.
 */
export interface Roster {
  attendees: string[];
  mentioned: string[];
  /** An attendee listed by email only whom the prose names in full: that name -> the email. */
  emails: Record<string, string>;
}

export interface RosterInput {
  listed: readonly string[];
  copied: readonly string[];
  prose: ProsePeople;
  me: Self;
  warnings: string[];
}

export function settleRoster({ listed, copied, prose, me, warnings }: RosterInput): Roster {
  const attendees = [...listed];
  const cc = [...copied];
  const emails: Record<string, string> = {};
  for (const actor of prose.actors) {
    // A first name read as a listed email: that attendee, by construction.
    if (isEmail(actor)) continue;
    // `jorge@…` listed, "Jorge Alvarez reviewed …" said: the same person, now with a name.
    const byEmail = emailOf(actor, attendees);
    if (byEmail !== null) {
      attendees[attendees.indexOf(byEmail)] = actor;
      emails[actor] = byEmail;
      continue;
    }
    // The same name, or the email of that name (`dana.okafor@…` for "Dana Okafor").
    const attends = attendees.some((a) => nameKey(a) === nameKey(actor)) || matchingAttendees(actor, attendees.filter(isEmail)).length > 0;
    if (attends || isSelf(actor, null, me)) continue;
    const onCc = cc.findIndex((c) => nameKey(c) === nameKey(actor));
    if (onCc >= 0) attendees.push(...cc.splice(onCc, 1));
    else if (listed.length === 0) attendees.push(actor);
    else warnings.push(`"${actor}" took part, the text says, but is not in its attendee list: add them if they attended.`);
  }
  const isAttendee = (name: string): boolean => attendees.some((a) => nameKey(a) === nameKey(name));
  const mentioned = [...cc, ...prose.talkedOf]
    .filter((name) => !isAttendee(name) && !isSelf(name, null, me))
    .filter((name, i, all) => all.findIndex((n) => nameKey(n) === nameKey(name)) === i);
  return { attendees, mentioned, emails };
}

/** The one email attendee whose address reads as this full name or its first name (`jorge@`, `jorge.alvarez@`). */
function emailOf(actor: string, attendees: readonly string[]): string | null {
  const key = nameKey(actor);
  const first = key.split(" ")[0] ?? "";
  const words = (email: string): string => nameKey((email.split("@")[0] ?? "").replace(/[._-]+/g, " "));
  const matches = attendees.filter((a) => isEmail(a) && key.includes(" ") && [key, first].includes(words(a)));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
