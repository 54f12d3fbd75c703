import type { ContactStatus, ContactsPlan } from "./plan";

/** How many cards an import plan gives each status; the file's unreadable cards count as skipped. */
export function contactsCounts(plan: ContactsPlan): Record<ContactStatus, number> {
  const counts: Record<ContactStatus, number> = { new: 0, updated: 0, unchanged: 0, ambiguous: 0, skipped: plan.unread };
  for (const c of plan.contacts) counts[c.status]++;
  return counts;
}

type NoteStatus = "new" | "updated" | "unchanged";

/**
 * How many notes the import makes, changes and leaves: each note once, however many cards go to
 * it. A note one card makes is new; one a card changes is updated, though another card left it.
 */
export function contactsNoteCounts(plan: ContactsPlan): Record<NoteStatus, number> {
  const rank: NoteStatus[] = ["new", "updated", "unchanged"];
  const statusOf = new Map<string, NoteStatus>();
  for (const { path, status } of plan.contacts) {
    if (path === null || (status !== "new" && status !== "updated" && status !== "unchanged")) continue;
    const before = statusOf.get(path);
    if (before === undefined || rank.indexOf(status) < rank.indexOf(before)) statusOf.set(path, status);
  }
  const counts: Record<NoteStatus, number> = { new: 0, updated: 0, unchanged: 0 };
  for (const status of statusOf.values()) counts[status]++;
  return counts;
}

/**
 * `2 new, 1 updated, 0 unchanged, 1 ambiguous, 0 skipped`: the line the CLI and the plugin close
 * an import with. New, updated and unchanged count notes; where some are given by more than one
 * card (two cards of one person), the line starts with how many: `3 cards for 2 people: 1 new, …`.
 */
export function contactsSummary(plan: ContactsPlan): string {
  const cards = contactsCounts(plan);
  const notes = contactsNoteCounts(plan);
  const line = `${notes.new} new, ${notes.updated} updated, ${notes.unchanged} unchanged, ${cards.ambiguous} ambiguous, ${cards.skipped} skipped`;
  const people = notes.new + notes.updated + notes.unchanged;
  const matched = cards.new + cards.updated + cards.unchanged;
  return people === matched ? line : `${matched} cards for ${people} ${people === 1 ? "person" : "people"}: ${line}`;
}
