import { decisionText, keyDecisionEdits, keyFactEdits } from "../person/facts";
import { cleanEntry, recentContextChange, type RecentContextEntry } from "../person/recent-context";
import { lastContactEdits } from "../person/status";
import { topicEdits } from "../person/topics";
import { finishEdit } from "../person/finish-edit";
import { headingsOf } from "../person/context";
import type { PersonHeadings } from "../person/layout";
import { scanOutline, type Outline } from "../sections/outline";
import { findSection } from "../sections/section";
import type { TextEdit } from "../text/text-edit";
import { truncateOnWord } from "../text/truncate";
import { KithError } from "../errors";
import type { KithSettings } from "../settings";
import { attributeItems, itemsOf, type AttributedItem } from "./attribution";
import type { Recap } from "./recap";

export interface RecapEditOptions {
  today: string;
  headings?: PersonHeadings;
  /** Summary length in the Recent Context line (default 100). */
  summaryLength?: number;
  /** Recent Context cap; 0 or null keeps every line there. */
  recentContextCap?: number | null;
  /** The template note's prompt lines (templatePrompts): topics take the place of a lone one. */
  placeholders?: readonly string[];
}

/** A recap's edit options under these settings: one place, so the plan and the apply agree. */
export function recapEditOptions(settings: KithSettings, today: string, placeholders: readonly string[] = []): RecapEditOptions {
  return { today, headings: settings.headings, summaryLength: settings.summaryLength, recentContextCap: settings.recentContextCap, placeholders };
}

/** What a recap's edits share, worked out once for all its attendees: whose each fact and decision is. */
export interface RecapContext {
  facts: readonly AttributedItem[];
  /** The decisions without their check marks. */
  decisions: readonly AttributedItem[];
}

export function recapContext(recap: Recap): RecapContext {
  // Whose decision it is shows once its check mark is off: `✅ Dana: Signs off` is Dana's.
  return { facts: attributeItems(recap.facts, recap.attendees), decisions: attributeItems(recap.decisions.map(decisionText), recap.attendees) };
}

/** One part of a recap's edit of a note, read from the note and its outline. */
type RecapStep = (text: string, outline: Outline) => TextEdit[];

/** A recap's edit of one note: the text after it, and the meeting's line the note keeps instead of the recap's (keptContextLine), or null. */
export interface RecapEdit {
  after: string;
  kept: string | null;
}

/**
 * What one recap does to one attendee's note: last contact, the meeting's Recent Context
 * line, their facts and decisions, the topics; with the meeting's line the note keeps instead.
 * Pure and idempotent: the same recap twice changes nothing; an edited recap leaves the
 * meeting's line as the note holds it (it may be the user's) and adds only what is new.
 * `context` is `recapContext(recap)` when the caller edits many notes from one recap.
 *
 * Each part is worked out against the note as read, and all are applied at once through the
 * one finish: they change different sections. Where a part adds a section (one the note lacks)
 * or moves lines past the cap, where things go depends on what the parts before it did, so the
 * parts are applied one after another instead, each reading the note the last one left (the
 * Recent Context part then reads the note with only its last contact changed, so what it keeps
 * is what the note held).
 */
export function recapEdit(
  text: string,
  recap: Recap,
  attendee: string,
  meetingLink: string | null,
  options: RecapEditOptions,
  context?: RecapContext,
): RecapEdit {
  const date = recap.date;
  if (!date) throw new KithError("invalid-date", "The recap has no date.");
  const headings = headingsOf(options);
  const cap = options.recentContextCap ?? null;
  const input = recapContextEntry(recap, meetingLink, options);
  const entry = input ? cleanEntry(input) : null;
  const items = context ?? recapContext(recap);
  const facts = itemsOf(items.facts, attendee);
  const decisions = itemsOf(items.decisions, attendee);
  const steps: RecapStep[] = [(t) => lastContactEdits(t, date)];
  const writes: Array<keyof PersonHeadings> = [];
  let kept: string | null = null;
  if (entry) {
    steps.push((t, o) => {
      const change = recentContextChange(t, o, entry, headings, cap);
      kept = change.kept;
      return change.edits;
    });
    writes.push("recentContext");
  }
  if (facts.length > 0) {
    steps.push((t, o) => keyFactEdits(t, o, facts, headings));
    writes.push("keyFacts");
  }
  if (decisions.length > 0) {
    steps.push((t, o) => keyDecisionEdits(t, o, decisions, headings));
    writes.push("keyDecisions");
  }
  if (recap.topics.length > 0) {
    steps.push((t, o) => topicEdits(t, o, recap.topics, headings, options.placeholders ?? []));
    writes.push("topics");
  }
  const outline = scanOutline(text);
  const together = (cap === null || cap <= 0) && writes.every((key) => findSection(text, outline, headings[key]) !== null);
  // The first step, last contact's, has read the note's frontmatter: the finish need not read it again.
  if (together) return { after: finishEdit(text, steps.flatMap((step) => step(text, outline)), options.today, { outline, frontmatterParsed: true }), kept };
  const after = steps.reduce((result, step, i) => {
    const read = scanOutline(result);
    return finishEdit(result, step(result, read), options.today, { outline: read, frontmatterParsed: i === 0 });
  }, text);
  return { after, kept };
}

/** The Recent Context line a recap gives every attendee: its date, the meeting link, the summary cut, via; null without a link or a summary. */
export function recapContextEntry(recap: Recap, meetingLink: string | null, options: RecapEditOptions): RecentContextEntry | null {
  if (!recap.date) return null;
  const summary = truncateOnWord(recap.summary, options.summaryLength ?? 100);
  return meetingLink || summary ? { date: recap.date, link: meetingLink, summary, via: recap.via } : null;
}

/**
 * What the recap's edit kept instead of writing (`kept`, recapEdit's), in words: the meeting's
 * Recent Context (or Older Context) line, when it is not the very line Kith would write now
 * (edited by hand, or written from an earlier version of the recap).
 */
export function keptByRecap(kept: string | null, recap: Recap, meetingLink: string | null, options: RecapEditOptions): string[] {
  const entry = recapContextEntry(recap, meetingLink, options);
  if (!entry || kept === null) return [];
  const meeting = entry.link ? `[[${entry.link}]]` : `${entry.date}: ${entry.summary}`;
  return [`Kept your edited Recent Context line for ${meeting}.`];
}
