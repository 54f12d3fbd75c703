import type { PeopleIndex } from "../people/people-index";
import type { PersonEntry } from "../people/entry";
import type { ContactCard } from "./card";

export interface CardMatch {
  person: PersonEntry | null;
  /** The people the card could be, when it names more than one (or one only in part): never taken silently. */
  candidates: PersonEntry[];
}

/**
 * The person a card is, by the rules recaps use (core/recap/resolve.ts): an email that is one
 * person's first, then the name (name, file name, alias); a name that matches people only in part
 * or several people is ambiguous. `knownEmails`: every email the index holds, lower-cased.
 */
export function matchCard(card: ContactCard, index: PeopleIndex, knownEmails: ReadonlySet<string>): CardMatch {
  // Only an email someone has is looked up: a miss would make the index try it as words of every name.
  for (const email of card.emails.filter((e) => knownEmails.has(e.trim().toLowerCase()))) {
    const { exact } = index.match(email);
    if (exact.length === 1) return { person: exact[0] ?? null, candidates: [] };
    if (exact.length > 1) return { person: null, candidates: exact };
  }
  const { exact, partial } = index.match(card.name);
  if (exact.length === 1) return { person: exact[0] ?? null, candidates: [] };
  return { person: null, candidates: exact.length > 1 ? exact : partial };
}
