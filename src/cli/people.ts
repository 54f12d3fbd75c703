import { loadPeopleIndex, type PeopleIndex } from "../core";
import { printable } from "./printable";
import type { VaultContext } from "./vault";

/**
 * The vault's people index for one command. A note that cannot be read is skipped with a
 * warning on stderr, so one unreadable file does not stop every command; malformed frontmatter
 * is `doctor`'s to report, and a lookup that lands on such a note says so.
 */
export async function loadPeople(ctx: VaultContext): Promise<PeopleIndex> {
  const index = await loadPeopleIndex(ctx.store, ctx.rules);
  // Folders the walk could not enter, then notes that could not be read; each said once.
  for (const warning of ctx.store.warnings.splice(0)) console.error(`kith: warning: ${printable(warning)}`);
  for (const error of index.unindexed.values()) {
    if (error.code === "unreadable") console.error(`kith: warning: ${printable(error.message)} Skipped.`);
  }
  return index;
}
