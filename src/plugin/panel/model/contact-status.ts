import { readDay, staleContacts } from "../../../core";
import { lastContactKey } from "../../../core/person/status";
import { relativeDate } from "./relative-time";

/** How a person's last contact reads in the panel. */
export interface ContactStatus {
  /** `YYYY-MM-DD` from `last_contact`, or null when the note records none. */
  lastContact: string | null;
  /** "3 weeks ago", or null. */
  relative: string | null;
  /** Past the keep-in-touch threshold and not snoozed. */
  stale: boolean;
  /** The threshold in days that made them stale (0 when not stale). */
  threshold: number;
}

/** Frontmatter values as the metadata cache or the core parser give them. */
export type FrontmatterLike = Readonly<Record<string, unknown>>;

/**
 * Last contact and staleness, by the same rule as the stale list (`staleContacts`): the
 * note's `keep_in_touch` days, else `staleDays`; a `snooze_until` not yet past hides it.
 */
export function contactStatus(fm: FrontmatterLike, staleDays: number, today: string): ContactStatus {
  const written = fm[lastContactKey(fm) ?? "last_contact"];
  const lastContact = typeof written === "string" ? readDay(written) : null;
  const [stale] = staleContacts([{ path: "", name: "", frontmatter: fm }], today, staleDays);
  return {
    lastContact,
    relative: lastContact ? relativeDate(lastContact, today) : null,
    stale: stale !== undefined,
    threshold: stale?.days ?? 0,
  };
}
