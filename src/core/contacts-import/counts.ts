import type { ContactStatus, ContactsPlan } from "./plan";

/** How many cards an import plan gives each status; the file's unreadable cards count as skipped. */
export function contactsCounts(plan: ContactsPlan): Record<ContactStatus, number> {
  const counts: Record<ContactStatus, number> = { new: 0, updated: 0, unchanged: 0, ambiguous: 0, skipped: plan.unread };
  for (const c of plan.contacts) counts[c.status]++;
  return counts;
}

/** `2 new, 1 updated, 0 unchanged, 1 ambiguous, 0 skipped`: the line the CLI and the plugin close an import with. */
export function contactsSummary(plan: ContactsPlan): string {
  const c = contactsCounts(plan);
  return `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.ambiguous} ambiguous, ${c.skipped} skipped`;
}
