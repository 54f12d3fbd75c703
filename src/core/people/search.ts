import { foldForSearch } from "../person/search";
import type { PersonEntry } from "./entry";

/** What a person can be found by, folded, the name first: name, aliases, emails, company, role. */
export function searchFields(entry: PersonEntry): string[] {
  return [entry.name, ...entry.aliases, ...entry.emails, entry.company ?? "", entry.role ?? ""].map(foldForSearch).filter((f) => f !== "");
}
