import { cleanName, nameKey, toFileName } from "../person/names";
import { namesAnotherKey } from "./distinct";
import { attendeeEmail } from "./attendee-emails";
import type { PeopleIndex, PersonMatch } from "../people/people-index";
import type { PersonEntry } from "../people/entry";

export type AttendeeStatus = "matched" | "ambiguous" | "new" | "self";

export interface AttendeeResolution {
  /** The name as the recap has it. */
  name: string;
  status: AttendeeStatus;
  /** The person note, when matched. */
  person: PersonEntry | null;
  /** For an ambiguous name: the people it could be (pre-select when there is one). */
  candidates: PersonEntry[];
}

export interface ResolveOptions {
  /** Your own name and aliases: you are not updated by your own meetings. */
  self: readonly string[];
  /** Your own emails (settings.myEmails): an attendee with one of them is you, whatever the name. */
  selfEmails?: readonly string[];
  /** Explicit choices: attendee name -> person name, alias, email or path (`--map Ana=Ana Lúcia Ferreira`). */
  mapping?: ReadonlyMap<string, string>;
  /** Attendee name -> email (a calendar invite's): an email that is one person's finds them whatever the name. */
  emails?: Readonly<Record<string, string>>;
  /** Names the user chose to add as new people although they match someone in part. */
  newPeople?: ReadonlySet<string>;
}

/**
 * Matches each attendee to a person note: by their email first when the recap knows it, then
 * by name, file name, alias or email (case, accents and "Last, First" ignored). A name that matches people only in part is never taken
 * silently: it comes back ambiguous with its candidates.
 */
export function resolveAttendees(attendees: readonly string[], index: PeopleIndex, options: ResolveOptions): AttendeeResolution[] {
  const selfKeys = new Set(options.self.filter((s) => s.trim() !== "").map(nameKey));
  const selfEmails = new Set((options.selfEmails ?? []).map((e) => e.trim().toLowerCase()));
  const mapping = new Map([...(options.mapping ?? new Map<string, string>())].map(([k, v]) => [nameKey(k), v]));
  const newKeys = new Set([...(options.newPeople ?? [])].map(nameKey));
  const keys = attendees.map(nameKey);
  const seen = new Set<string>();
  // Two names for one person ("Pri" and "Priya Raman") both stay: items may name either, and
  // the plan makes one update of their note from both.
  return attendees.flatMap((name, i): AttendeeResolution[] => {
    const key = keys[i] ?? "";
    if (key === "" || seen.has(key) || namesAnotherKey(key, keys)) return [];
    seen.add(key);
    const email = attendeeEmail(options, name);
    if (selfKeys.has(key) || (email !== null && selfEmails.has(email.toLowerCase()))) return [{ name, status: "self", person: null, candidates: [] }];
    // An explicit choice (--map) wins over the email.
    const byEmail = email === null || mapping.has(key) ? [] : index.match(email).exact;
    const { exact, partial } = byEmail.length > 0 ? { exact: byEmail, partial: [] } : matchName(index, mapping.get(key) ?? name);
    const person = exact.length === 1 ? (exact[0] ?? null) : null;
    const candidates = exact.length > 1 ? exact : exact.length === 0 && !newKeys.has(key) ? partial : [];
    return [{ name, status: person ? "matched" : candidates.length > 0 ? "ambiguous" : "new", person, candidates }];
  });
}

/**
 * The people a name (or path) names. A name that names no one is tried again as the file name
 * a new note for it would get ("Dana Okafor?" -> "Dana Okafor"): that note would be theirs.
 */
function matchName(index: PeopleIndex, target: string): PersonMatch {
  const byPath = index.get(target) ?? index.get(`${target}.md`);
  if (byPath) return { exact: [byPath], partial: [] };
  const found = index.match(target);
  if (found.exact.length > 0 || found.partial.length > 0) return found;
  let fileName: string;
  try {
    fileName = toFileName(target);
  } catch {
    return found;
  }
  return fileName === cleanName(target) ? found : index.match(fileName);
}
