import type { ContactStatus, ContactsPlan } from "./plan";

/** How many cards an import plan gives each status; the file's unreadable cards count as skipped. */
export function contactsCounts(plan: ContactsPlan): Record<ContactStatus, number> {
  const counts: Record<ContactStatus, number> = { new: 0, updated: 0, unchanged: 0, ambiguous: 0, skipped: plan.unread };
  for (const c of plan.contacts) counts[c.status]++;
  return counts;
}

/**
 * `2 new, 1 updated, 0 unchanged, 1 ambiguous, 0 skipped`: the line the CLI and the plugin close
 * an import with. New, updated and unchanged count notes: two cards of one person are one note,
 * said with its cards (`1 new (from 2 cards)`).
 */
export function contactsSummary(plan: ContactsPlan): string {
  const c = contactsCounts(plan);
  const notes = (status: ContactStatus): string => {
    const count = new Set(plan.contacts.flatMap((card) => (card.status === status ? [card.path] : []))).size;
    return count === c[status] ? `${count} ${status}` : `${count} ${status} (from ${c[status]} cards)`;
  };
  return `${notes("new")}, ${notes("updated")}, ${notes("unchanged")}, ${c.ambiguous} ambiguous, ${c.skipped} skipped`;
}
