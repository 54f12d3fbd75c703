import { KithError } from "../errors";
import { contactKey } from "../person/contacts/aliases";
import type { PeopleIndex } from "./people-index";

/**
 * Refuses an Aliases value that already names another person (their name, file name, alias or
 * email): both would then be ambiguous wherever either is looked up. `path` is the note the
 * alias is for (null for a new one); any other field passes.
 */
export function refuseSharedAlias(index: PeopleIndex, path: string | null, field: string, value: string, name: string): void {
  if (contactKey(field) !== "aliases" || value.trim() === "") return;
  const other = index.match(value.trim()).exact.find((e) => e.path !== path);
  if (other) throw new KithError("ambiguous", `"${value.trim()}" already names ${other.name} (${other.path}): it cannot be an alias of ${name} too. Nothing written.`);
}
