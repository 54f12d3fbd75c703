import { addKeyDecision, addKeyFact, decisionText } from "../person/facts";
import { addRecentContext } from "../person/recent-context";
import { setLastContact } from "../person/status";
import { mergeTopics } from "../person/topics";
import type { PersonHeadings } from "../person/layout";
import { truncateOnWord } from "../text/truncate";
import { KithError } from "../errors";
import { itemsFor } from "./attribution";
import type { Recap } from "./recap";

export interface RecapEditOptions {
  today: string;
  headings?: PersonHeadings;
  /** Summary length in the Recent Context line (default 100). */
  summaryLength?: number;
  /** Recent Context cap; 0 or null keeps every line there. */
  recentContextCap?: number | null;
}

/**
 * What one recap does to one attendee's note: last contact, the meeting's Recent Context
 * line, their facts and decisions, the topics. Pure and idempotent: the same recap twice
 * changes nothing; an edited recap updates the line and adds only what is new.
 */
export function applyRecapToPerson(
  text: string,
  recap: Recap,
  attendee: string,
  meetingLink: string | null,
  options: RecapEditOptions,
): string {
  const date = recap.date;
  if (!date) throw new KithError("invalid-date", "The recap has no date.");
  const ctx = { today: options.today, headings: options.headings };
  let result = setLastContact(text, date, ctx);
  const summary = truncateOnWord(recap.summary, options.summaryLength ?? 100);
  if (meetingLink || summary) {
    result = addRecentContext(result, { date, link: meetingLink, summary, via: recap.via }, { ...ctx, cap: options.recentContextCap ?? null });
  }
  for (const fact of itemsFor(recap.facts, recap.attendees, attendee)) result = addKeyFact(result, fact, ctx);
  // Whose decision it is shows once its check mark is off: `✅ Dana: Signs off` is Dana's.
  const decisions = recap.decisions.map(decisionText);
  for (const decision of itemsFor(decisions, recap.attendees, attendee)) result = addKeyDecision(result, decision, ctx);
  if (recap.topics.length > 0) result = mergeTopics(result, recap.topics, ctx);
  return result;
}
