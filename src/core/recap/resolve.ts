import { nameKey } from "../person/names";
import { namesAnotherAttendee } from "./distinct";
import type { PeopleIndex } from "../people/people-index";
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
  /** Explicit choices: attendee name -> person name, alias, email or path (`--map Ana=Ana Lúcia Ferreira`). */
  mapping?: ReadonlyMap<string, string>;
}

/**
 * Matches each attendee to a person note by name, file name, alias or email (case, accents
 * and "Last, First" ignored). A name that matches people only in part is never taken
 * silently: it comes back ambiguous with its candidates.
 */
export function resolveAttendees(attendees: readonly string[], index: PeopleIndex, options: ResolveOptions): AttendeeResolution[] {
  const selfKeys = new Set(options.self.filter((s) => s.trim() !== "").map(nameKey));
  const mapping = new Map([...(options.mapping ?? new Map<string, string>())].map(([k, v]) => [nameKey(k), v]));
  const seen = new Set<string>();
  const result: AttendeeResolution[] = [];
  for (const name of attendees) {
    const key = nameKey(name);
    if (key === "" || seen.has(key) || namesAnotherAttendee(key, attendees)) continue;
    seen.add(key);
    if (selfKeys.has(key)) {
      result.push({ name, status: "self", person: null, candidates: [] });
      continue;
    }
    const target = mapping.get(key) ?? name;
    const byPath = index.get(target) ?? index.get(`${target}.md`);
    const { exact, partial } = byPath ? { exact: [byPath], partial: [] } : index.match(target);
    if (exact.length === 1 && exact[0]) result.push({ name, status: "matched", person: exact[0], candidates: [] });
    else if (exact.length > 1) result.push({ name, status: "ambiguous", person: null, candidates: exact });
    else if (partial.length > 0) result.push({ name, status: "ambiguous", person: null, candidates: partial });
    else result.push({ name, status: "new", person: null, candidates: [] });
  }
  // Two names for one person (a path mapped twice) ("Dana", mapped, and "Dana Okafor"): one update.
  const paths = new Set<string>();
  return result.filter((r) => !r.person || (!paths.has(r.person.path) && paths.add(r.person.path)));
}

