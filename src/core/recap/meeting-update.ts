import { formatScalar, frontmatterEdit, listValue, parseFrontmatter, scalarValue } from "../frontmatter";
import { bulletItems, bulletText, itemKey } from "../person/bullets";
import { decisionKey } from "../person/facts";
import { changeBetween, finishEdit } from "../person/finish-edit";
import { cleanName, nameKey } from "../person/names";
import { splitTopics } from "../person/topics";
import { appendLineEdit, insertSectionEdit } from "../sections/edit";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, type BodyLine, type Section } from "../sections/section";
import { formatTaskLine, parseTaskLine } from "../tasks/task-line";
import { detectEol } from "../text/lines";
import { applyTextEdit, type TextEdit } from "../text/text-edit";
import { attendeeEmail, namedEmail } from "./attendee-emails";
import { distinctAttendees } from "./distinct";
import { attendeeValue, bulletLine, escapeParagraph, firstSection, linkText, SECTION_NAMES, transcriptTarget, transcriptValue, unescapeParagraph } from "./meeting-note";
import type { Recap } from "./recap";

/**
 * A recap merged into the meeting note it is of (one started from a calendar event, say): an
 * empty section is filled, a section with content gets only the items it does not hold, a
 * missing section is added at its place, and frontmatter lists get the names and emails they
 * lack. No line of the note is changed or removed: what the user wrote stays as written.
 */

export interface MeetingUpdateOptions {
  today: string;
  /** Attendee name -> the person note's file name, so a new attendee links to their note. */
  linkTargets?: ReadonlyMap<string, string>;
  /** Owner name -> task handle (`@DanaOkafor`). */
  handles?: ReadonlyMap<string, string>;
}

export interface MeetingUpdate {
  after: string;
  /** What the recap leaves as the note has it instead of writing its own, one sentence each. */
  kept: string[];
}

/** One change of the note as it stands after the ones before it: null when there is nothing to add. */
type Step = (text: string) => TextEdit | null;

type SectionKey = keyof typeof SECTION_NAMES;
const ORDER: readonly SectionKey[] = ["summary", "facts", "decisions", "topics", "actions"];

/** The recap's content added to the meeting note `text`; the same text when it holds it all. */
export function updateMeetingNote(text: string, recap: Recap, options: MeetingUpdateOptions): MeetingUpdate {
  const steps = [...frontmatterSteps(recap, options), ...bodySteps(recap, options)];
  // Each step reads the text the one before it left; finishEdit then checks the whole change once.
  const edited = steps.reduce((current, step) => applyTextEdit(current, step(current)), text);
  return { after: finishEdit(text, changeBetween(text, edited), options.today), kept: keptTranscript(text, recap) };
}

const sameName = (a: string, b: string): boolean => nameKey(linkText(a)) === nameKey(linkText(b));
const emailOf = (item: string): string => (/<([^<>]*)>\s*$/.exec(item)?.[1] ?? item).trim().toLowerCase();
const sameEmail = (a: string, b: string): boolean => emailOf(a) === emailOf(b);

function frontmatterSteps(recap: Recap, options: MeetingUpdateOptions): Step[] {
  const attendees = distinctAttendees(recap.attendees).filter((a) => cleanName(a) !== "");
  const mentioned = (recap.mentioned ?? []).filter((m) => cleanName(m) !== "");
  const steps: Step[] = [
    ...attendees.map((a): Step => (text) => frontmatterEdit.addListItem(text, "attendees", attendeeValue(a, options.linkTargets), sameName)),
    ...mentioned.map((m): Step => (text) => frontmatterEdit.addListItem(text, "mentioned", attendeeValue(m, options.linkTargets), sameName)),
    ...attendees.flatMap((a): Step[] => {
      const email = attendeeEmail(recap, a);
      return email ? [(text) => frontmatterEdit.addListItem(text, "attendee_emails", namedEmail(a, email), sameEmail)] : [];
    }),
  ];
  const transcript = recap.transcript;
  if (transcript) steps.push((text) => (hasTranscript(text) ? null : frontmatterEdit.setScalar(text, "transcript", formatScalar(transcriptValue(transcript)))));
  return steps;
}

/** Whether the note has a transcript value of its own (any value: a list is the user's too). */
function hasTranscript(text: string): boolean {
  const value = parseFrontmatter(text).data.transcript;
  return value !== undefined && value !== null && (typeof value !== "string" || value.trim() !== "");
}

/** The note links another transcript than the recap's: it keeps its own, and the preview says so. */
function keptTranscript(text: string, recap: Recap): string[] {
  if (!recap.transcript || !hasTranscript(text)) return [];
  const value = parseFrontmatter(text).data.transcript;
  const own = transcriptTarget(scalarValue(value));
  if (own === recap.transcript.trim()) return [];
  return [`Kept the note's transcript link (${own ?? listValue(value).join(", ")}) instead of ${recap.transcript}.`];
}

function bodySteps(recap: Recap, options: MeetingUpdateOptions): Step[] {
  const facts = recap.facts.map(oneLineItem);
  const decisions = recap.decisions.map(oneLineItem);
  return [
    summaryStep(oneLineItem(recap.summary)),
    bulletStep("facts", facts, itemKey),
    bulletStep("decisions", decisions, decisionKey),
    topicsStep(splitTopics(recap.topics.map(oneLineItem).filter((t) => t !== "").join(", "))),
    actionsStep(recap, options.handles),
  ];
}

function oneLineItem(item: string): string {
  return item.replace(/\s+/g, " ").trim();
}

/** The note's section for `key`, its lines, and where a missing one goes. */
interface Found {
  outline: Outline;
  section: Section | null;
  lines: BodyLine[];
}

function find(text: string, key: SectionKey): Found {
  const outline = scanOutline(text);
  const section = firstSection(text, outline, SECTION_NAMES[key]);
  return { outline, section, lines: section ? bodyLines(text, outline, section) : [] };
}

/** The section's lines added: appended to it, or a missing section inserted in the meeting note's order. */
function addLines(text: string, key: SectionKey, found: Found, added: readonly string[]): TextEdit | null {
  if (added.length === 0) return null;
  const eol = detectEol(text);
  if (found.section) return appendLineEdit(text, found.outline, found.section, added.join(eol), eol, found.lines);
  // The order by the headings the note uses ("Next Steps" for Action Items), so a new section lands beside them.
  const titles = ORDER.map((k) => firstSection(text, found.outline, SECTION_NAMES[k])?.heading.title ?? SECTION_NAMES[k][0]);
  return insertSectionEdit(text, SECTION_NAMES[key][0], [...added], titles, eol);
}

const hasContent = (lines: readonly BodyLine[]): boolean => lines.some((l) => !l.blank);

/**
 * The summary: written into an empty section; a section with other text keeps it and gets the
 * summary as a paragraph after it, or only what the summary adds to it when it begins with that
 * text (the agenda a calendar event wrote, followed by what the user typed after it).
 */
function summaryStep(summary: string): Step {
  return (text) => {
    if (summary === "") return null;
    const found = find(text, "summary");
    const held = found.lines
      .filter((l) => !l.blank && !l.inCode)
      .map((l) => unescapeParagraph(l.text.trim().replace(/^[-*+]\s+/, "")))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const rest = summaryToAdd(held, summary);
    if (rest === "") return null;
    const paragraph = escapeParagraph(rest);
    return addLines(text, "summary", found, hasContent(found.lines) ? ["", paragraph] : [paragraph]);
  };
}

/** What of `summary` the section's text `held` lacks: none, the end after it, or all of it. */
function summaryToAdd(held: string, summary: string): string {
  const heldKey = held.toLowerCase();
  if (heldKey.includes(summary.toLowerCase())) return "";
  const continues = held !== "" && summary.slice(0, held.length).toLowerCase() === heldKey && summary.charAt(held.length) === " ";
  return continues ? summary.slice(held.length).trim() : summary;
}

/** Facts and decisions: `- item` for each item whose key no bullet of the section has. */
function bulletStep(key: "facts" | "decisions", items: readonly string[], keyOf: (item: string) => string): Step {
  return (text) => {
    const found = find(text, key);
    const held = new Set(bulletItems(text, found.outline, found.section, found.lines).map(keyOf));
    const added: string[] = [];
    for (const item of items) {
      if (item === "") continue;
      const line = bulletLine(item);
      // Compared as the note will read the line back.
      const itemKeyed = keyOf(bulletText(line));
      if (held.has(itemKeyed)) continue;
      held.add(itemKeyed);
      added.push(line);
    }
    return addLines(text, key, found, added);
  };
}

/**
 * Topics: bullets where the section lists them so, else one comma-separated line; a section
 * with a paragraph of its own keeps it and gets the new topics as a paragraph after it.
 */
function topicsStep(topics: readonly string[]): Step {
  return (text) => {
    const found = find(text, "topics");
    const bullets = bulletItems(text, found.outline, found.section, found.lines);
    const prose = found.lines.filter((l) => !l.blank && !l.inCode && !l.listItem).flatMap((l) => splitTopics(unescapeParagraph(l.text.trim())));
    // Compared as the topics read back: a bullet's text unescaped as bulletLine escapes it.
    const held = new Set([...bullets.map(unescapeParagraph), ...prose].map(itemKey));
    const added = topics.filter((t) => {
      const key = itemKey(t);
      if (held.has(key)) return false;
      held.add(key);
      return true;
    });
    if (added.length === 0) return null;
    if (bullets.length > 0) return addLines(text, "topics", found, added.map(bulletLine));
    // Escaped like a summary: a first topic `#pilot` or `-` would make the line a heading or a list item.
    const line = escapeParagraph(added.join(", "));
    return addLines(text, "topics", found, hasContent(found.lines) ? ["", line] : [line]);
  };
}

/** An action item's text as compared: its handles left out, so `Send the deck @DanaOkafor` is `Send the deck`. */
function actionKey(description: string): string {
  return itemKey(description.replace(/(^|\s)@[^\s@]+/g, " "));
}

function actionDescription(line: string): string {
  return parseTaskLine(line)?.description ?? bulletText(line);
}

/** Action items: a task line for each item the section does not hold yet (open or done). */
function actionsStep(recap: Recap, handles?: ReadonlyMap<string, string>): Step {
  return (text) => {
    const found = find(text, "actions");
    const held = new Set(found.lines.filter((l) => l.listItem).map((l) => actionKey(actionDescription(l.text))));
    const added: string[] = [];
    for (const action of recap.actions) {
      if (oneLineItem(action.text) === "") continue;
      const line = formatTaskLine(action.text, action.owner ? (handles?.get(action.owner) ?? null) : null, action.due);
      const key = actionKey(actionDescription(line));
      if (held.has(key)) continue;
      held.add(key);
      added.push(line);
    }
    return addLines(text, "actions", found, added);
  };
}
