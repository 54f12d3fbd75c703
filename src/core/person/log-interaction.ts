import { truncateOnWord } from "../text/truncate";
import { addRecentContext, type RecentContextOptions } from "./recent-context";
import { setLastContact } from "./status";

/** A call or chat that has no meeting note. */
export interface Interaction {
  date: string;
  summary: string;
  via: string | null;
}

export interface InteractionOptions extends RecentContextOptions {
  /** Cut the summary on a word boundary at this length, as recaps do; 0 or none = whole. */
  summaryLength?: number;
}

/**
 * Logs an interaction on one person: `last_contact` moves forward to its date and Recent
 * Context gets `- DATE: SUMMARY (via VIA)`, without a link. Logging the same date and summary
 * again changes nothing (Recent Context compares unlinked lines on date and summary).
 */
export function logInteraction(text: string, interaction: Interaction, ctx: InteractionOptions): string {
  const summary = ctx.summaryLength ? truncateOnWord(interaction.summary, ctx.summaryLength) : interaction.summary;
  const withLine = addRecentContext(text, { date: interaction.date, link: null, summary, via: interaction.via }, ctx);
  return setLastContact(withLine, interaction.date, ctx);
}
