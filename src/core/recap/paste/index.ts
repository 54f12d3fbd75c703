import { isIsoDate } from "../../dates";
import type { PastedRecap } from "../recap";
import { toActions } from "./actions";
import { readAttendees, spelledNames, type Self } from "./attendees";
import { dropChrome } from "./chrome";
import { settleMeetingDate } from "./dates";
import { decisionsIn, takeDecisions } from "./decision-sentences";
import { collect } from "./fields";
import { splitFrontmatter } from "./frontmatter";
import { readHeader } from "./header";
import { readLine } from "./markup";
import { endsSentence, toLines, unique, uniqueBy } from "./normalize";
import { isEmail, isNameLike, matchingAttendees, NAME } from "./people";
import { prosePeople } from "./prose-people";
import { settleRoster } from "./roster";
import { splitSections } from "./sections";

/**
 * "Paste recap": the text a meeting tool produced (Zoom, Google Meet, Teams, Otter, Fireflies,
 * Fathom, Granola, a follow-up email), Markdown or plain, read into a recap for the user to
 * check. Nothing uncertain is guessed: it is left empty with a warning saying what to confirm.
 */
export interface PasteOptions {
  /** A date the caller already knows (the CLI's `--date`); it wins over the text's. */
  meetingDate?: string | null;
  /** The vault's people (full names): a first name may mean one, and a full name is someone mentioned. */
  knownPeople?: readonly string[];
  /** The user, never an attendee or a new person; "I" when the text has no sender. */
  me?: Self;
}

export function parsePastedRecap(text: string, options: PasteOptions = {}): PastedRecap {
  const front = splitFrontmatter(text);
  const lines = dropChrome([...front.lines, ...toLines(front.body)].map(readLine));
  const { header, sections } = splitSections(lines);
  const head = readHeader(header);
  const found = collect(sections);
  const warnings: string[] = [];
  const me = options.me ?? { names: [], emails: [] };

  const spelled = spelledNames(
    [...header, ...sections.filter((s) => s.kind !== "attendees").flatMap((s) => s.lines)].map((l) => l.text).join("\n"),
  );
  // Who was invited is who attended only when the text does not say who attended.
  const listed = readAttendees([...head.people, ...(found.attendees.length > 0 ? found.attendees : found.invited)], spelled, me);
  const copied = readAttendees(head.copied, spelled, me);
  const summaryParts = found.summary.length > 0 ? found.summary : head.preamble;
  const notes = takeDecisions([...head.notes, ...found.facts]);
  const prose = prosePeople(
    // In the text's order, so attendees come in the order the text names them.
    [...summaryParts, ...head.notes, ...found.facts, ...found.decisions],
    found.actions.map((a) => a.entry.text),
    { names: [...listed, ...copied], knownPeople: options.knownPeople ?? [], warnings },
  );
  const { attendees, mentioned, emails } = settleRoster({ listed, copied, prose, me, warnings });

  const given = options.meetingDate && isIsoDate(options.meetingDate) ? options.meetingDate : null;
  const date = given ?? settleMeetingDate(head.date, warnings);
  if (!given && head.emailDate && head.date) warnings.push(`Date "${head.date.text}" is when the email was sent: check it is the meeting's date.`);
  const ctx = { attendees: [...attendees, ...mentioned], sender: head.sender ?? me.names[0] ?? null, meetingDate: date, warnings };
  const actions = found.actions.flatMap(({ entry, group }) => toActions(entry, group, ctx));
  for (const owner of unique(actions.flatMap((a) => (a.owner && copied.includes(a.owner) && mentioned.includes(a.owner) ? [a.owner] : [])))) {
    warnings.push(`"${owner}" was on Cc and owns a task: add them to the attendees if they were at the meeting.`);
  }

  return {
    date,
    title: head.title,
    attendees,
    ...(mentioned.length > 0 ? { mentioned } : {}),
    ...(Object.keys(emails).length > 0 ? { emails } : {}),
    via: null,
    summary: oneParagraph(summaryParts),
    facts: unique(notes.facts.map((fact) => withFullName(fact, attendees))),
    // A summary's decisions only when the text has no list of them: else they are that list's, said again.
    decisions: unique([...found.decisions, ...notes.decisions, ...(found.decisions.length > 0 ? [] : decisionsIn(summaryParts))]),
    topics: unique(found.topics.length > 0 ? found.topics : inferredTopics(found.inferredTopics, attendees)),
    actions: uniqueBy(actions, (a) => `${a.text.toLowerCase()}\u0000${a.owner ?? ""}`),
    tags: [],
    warnings: unique(warnings),
  };
}

/**
 * Topics from headings, and from notes' labels (`Cluster sizing: …`) unless the label may be a
 * person's name (`Dana: …`): an attendee's, or any name-like word when no attendee is known.
 */
function inferredTopics(found: ReadonlyArray<{ text: string; lead: boolean }>, attendees: readonly string[]): string[] {
  return found
    .filter((t) => !t.lead || (matchingAttendees(t.text, attendees).length === 0 && (attendees.length > 0 || !isNameLike(t.text))))
    .map((t) => t.text);
}

/** Bullets and paragraphs as one paragraph of sentences. */
function oneParagraph(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim().replace(/:$/, "."))
    .filter(Boolean)
    .map((p) => (endsSentence(p) ? p : `${p}.`))
    .join(" ");
}

const FACT_OWNER = new RegExp(`^(${NAME}):\\s+(.+)$`, "u");

/** `Dana: prefers email` is Dana's alone: name her as the attendee list does. */
function withFullName(fact: string, attendees: readonly string[]): string {
  const m = FACT_OWNER.exec(fact);
  const matches = m ? matchingAttendees(m[1] ?? "", attendees) : [];
  const match = matches.length === 1 ? matches[0] : undefined;
  return m && match && !isEmail(match) ? `${match}: ${m[2] ?? ""}` : fact;
}
