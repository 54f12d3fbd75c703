import { formatDisplayDate, needsReview, staleContacts, UPCOMING_DAYS, upcomingDates, upcomingDateText, type PersonEntry } from "../../core";
import type { ActionRow } from "../modals/ui";
import { people, type CommandContext } from "./context";
import { reviewed, snooze } from "./edits";
import { logInteractionCommand } from "./log-interaction";
import { mergePerson } from "./merge";
import { personDetail } from "../modals/person-picker";

/** A person's frontmatter as Obsidian's metadata cache holds it. */
function frontmatter(ctx: CommandContext, path: string): Record<string, unknown> | undefined {
  const file = ctx.plugin.app.vault.getFileByPath(path);
  return file ? ctx.plugin.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
}

function openAction(ctx: CommandContext, person: PersonEntry) {
  return { label: "Open", run: () => ctx.ui.open(person.path) };
}

/** People made by automation that still need a look: open, mark reviewed, or merge into someone. */
export async function reviewQueueCommand(ctx: CommandContext): Promise<void> {
  await ctx.plugin.indexer.ready;
  const waiting = people(ctx)
    .filter((p) => needsReview(frontmatter(ctx, p.path)))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rows: ActionRow[] = waiting.map((person) => ({
    title: person.name,
    detail: personDetail(person),
    actions: [
      openAction(ctx, person),
      { label: "Mark reviewed", run: () => reviewed(ctx, person) },
      { label: "Merge into...", run: () => mergePerson(ctx, person) },
    ],
  }));
  ctx.ui.rows(`Review queue (${rows.length})`, rows, "No one is waiting for review.");
}

/** People overdue for contact, most overdue first: open, log an interaction, or snooze. */
export async function staleContactsCommand(ctx: CommandContext): Promise<void> {
  await ctx.plugin.indexer.ready;
  const { settings } = ctx.plugin;
  const everyone = people(ctx);
  const byPath = new Map(everyone.map((p) => [p.path, p]));
  const subjects = everyone.map((p) => ({ path: p.path, name: p.name, frontmatter: frontmatter(ctx, p.path) }));
  const rows: ActionRow[] = [];
  for (const stale of staleContacts(subjects, ctx.plugin.today(), settings.staleDays)) {
    const person = byPath.get(stale.path);
    if (!person) continue;
    rows.push({
      title: person.name,
      detail: `Last contact ${formatDisplayDate(stale.since, settings.dateFormat)}, ${stale.overdueDays} days overdue (every ${stale.days} days)`,
      actions: [
        openAction(ctx, person),
        { label: "Log interaction", run: () => logInteractionCommand(ctx, [person]) },
        { label: "Snooze", run: () => snooze(ctx, person) },
      ],
    });
  }
  ctx.ui.rows(`Stale contacts (${rows.length})`, rows, "Everyone is within their keep-in-touch threshold.");
}

/** Birthdays, anniversaries and the named key dates of the next 30 days, soonest first, from the people index. */
export async function upcomingDatesCommand(ctx: CommandContext): Promise<void> {
  await ctx.plugin.indexer.ready;
  const today = ctx.plugin.today();
  const everyone = people(ctx);
  const byPath = new Map(everyone.map((p) => [p.path, p]));
  const rows: ActionRow[] = [];
  for (const upcoming of upcomingDates(everyone, today, UPCOMING_DAYS)) {
    const person = byPath.get(upcoming.path);
    if (!person) continue;
    rows.push({ title: person.name, detail: upcomingDateText(upcoming, today, ctx.plugin.settings.dateFormat), actions: [openAction(ctx, person)] });
  }
  ctx.ui.rows(`Upcoming dates (${rows.length})`, rows, `No birthdays, anniversaries or key dates in the next ${UPCOMING_DAYS} days.`);
}
