import { KithError } from "../errors";
import { isIsoDate, leadingIsoDate } from "../dates";
import { formatScalar, listValue, parseFrontmatter, scalarValue } from "../frontmatter";
import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, findSection, type Section } from "../sections/section";
import { bulletItems } from "../person/bullets";
import { decisionText } from "../person/facts";
import { cleanName, nameKey, toFileName } from "../person/names";
import { isPlaceholder } from "../person/placeholder";
import { splitTopics } from "../person/topics";
import { formatTaskLine, parseTaskLine } from "../tasks/task-line";
import { attributeKeyed, keyAttendees, type KeyedAttendees } from "./attribution";
import { distinctAttendees } from "./distinct";
import { attendeeEmail, namedEmail, readNamedEmails } from "./attendee-emails";
import { emptyRecap, type ActionItem, type Recap } from "./recap";

/** Section headings of a meeting note, with the synonyms hand-written and tool-written notes use. */
export const SECTION_NAMES = {
  summary: ["Summary", "Overview", "Quick recap", "TL;DR"],
  facts: ["Key Facts", "Facts", "Notes", "Key Takeaways", "Highlights", "Key Points"],
  decisions: ["Decisions", "Key Decisions", "Agreed"],
  topics: ["Topics", "Topics Discussed", "Keywords"],
  actions: ["Action Items", "Next Steps", "Follow-ups", "Tasks", "To-dos"],
} as const;

export const MEETING_TYPE = "meeting";
const MAX_TITLE_IN_FILE_NAME = 80;

/** A wikilink's display name: `[[Dana Okafor|Dana]]` and `[[People/Dana Okafor]]` -> `Dana Okafor`, plain text as is. */
export function linkText(value: string): string {
  const m = /^\s*\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]\s*$/.exec(value);
  // A link's target is a note: its name is the file name, without the folder path.
  return cleanName(m?.[1] ? (m[1].split("/").pop() ?? m[1]).replace(/\.md$/i, "") : value);
}

/** `YYYY-MM-DD - Title` with the title cut on a word boundary and safe as a file name. */
export function meetingFileName(date: string, title: string): string {
  if (!isIsoDate(date)) throw new KithError("invalid-date", `"${date}" is not a date (YYYY-MM-DD).`);
  // Made safe before the cut, so the cut falls on a word boundary of what is left ("a/b" -> "a b").
  const safeTitle = toFileName(title, MAX_TITLE_IN_FILE_NAME);
  return `${date} - ${safeTitle}`;
}

/**
 * A summary as one paragraph of the note: a first mark that would make it a heading, quote,
 * list item or code fence is escaped (`\# Goals`), as Markdown shows it as the mark itself.
 */
export function escapeParagraph(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/^([#>*+=`~-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A list item of the note: its text escaped as a paragraph's, so `- -` stays an item (not a `- - -` rule) and reads back as written. */
export function bulletLine(item: string): string {
  return `- ${escapeParagraph(item)}`;
}

/** The paragraph's text as Markdown shows it: escapeParagraph undone. */
export function unescapeParagraph(text: string): string {
  return text.replace(/^\\([#>*+=`~-])/, "$1").replace(/^(\d+)\\([.)])/, "$1$2");
}

/** The section under the first of the names the note has. */
export function firstSection(text: string, outline: Outline, names: readonly string[]): Section | null {
  return names.reduce<Section | null>((found, name) => found ?? findSection(text, outline, name), null);
}

/** The section's lines of text, list markers off; none when all it holds is a placeholder. */
function proseLines(text: string, outline: Outline, section: Section | null): string[] {
  if (!section) return [];
  const lines = bodyLines(text, outline, section).filter((l) => !l.blank && !l.inCode);
  const content = lines.map((l) => l.text.trim().replace(/^[-*+]\s+/, ""));
  return isPlaceholder(content.join(" ")) ? [] : content;
}

function proseOf(text: string, outline: Outline, section: Section | null): string {
  return proseLines(text, outline, section).join(" ");
}

/** Topics written as text: each line's comma-separated topics (a line is never joined to the next, so two lines are two lists). */
function topicsOf(text: string, outline: Outline, section: Section | null): string[] {
  return proseLines(text, outline, section).flatMap((line) => splitTopics(unescapeParagraph(line)));
}

function actionsOf(text: string, outline: Outline, section: Section | null): ActionItem[] {
  const items = section ? bodyLines(text, outline, section).filter((l) => l.listItem) : [];
  return items.flatMap((line) => {
    const task = parseTaskLine(line.text);
    const raw = task ? task.description : line.text.replace(/^\s*[-*+]\s+/, "").trim();
    return raw === "" ? [] : [{ text: raw, owner: task?.handles[0] ?? null, due: task?.due ?? null }];
  });
}

/**
 * An item naming an attendee by a link's display name (`Pri: ...` with `[[Priya Raman|Pri]]`,
 * as Kith writes attendees with a note) names them by the link target, which is what the
 * attendee list is read as; any other item is kept as written.
 */
function byLinkTarget(item: string, attendees: KeyedAttendees, aliases: ReadonlyMap<string, string>, aliasNames: KeyedAttendees): string {
  if (aliases.size === 0 || attributeKeyed(item, attendees).attendee !== null) return item;
  const { attendee, text } = attributeKeyed(item, aliasNames);
  const target = attendee === null ? undefined : aliases.get(attendee);
  return target ? `${target}: ${text}` : item;
}

/** `[[Target|Alias]]` attendees: each alias and its target's name. */
function linkAliases(values: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const value of values) {
    const alias = /^\s*\[\[[^\]|]+\|([^\]]+)\]\]\s*$/.exec(value)?.[1];
    if (alias && cleanName(alias) !== "" && nameKey(alias) !== nameKey(linkText(value))) aliases.set(cleanName(alias), linkText(value));
  }
  return aliases;
}

/** Reads a meeting note (Kith's own, hand-written, or a transcript tool's in this shape) into a Recap. */
export function readMeetingNote(text: string, path: string): Recap {
  const { data } = parseFrontmatter(text);
  const outline = scanOutline(text);
  const fileName = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
  const fromName = /^(\d{4}-\d\d-\d\d)\s*-\s*(.*)$/.exec(fileName);
  const h1 = outline.headings.find((h) => h.level === 1)?.title;
  const topicsSection = firstSection(text, outline, SECTION_NAMES.topics);
  const topicItems = bulletItems(text, outline, topicsSection).map(unescapeParagraph);
  const attendeeValues = listValue(data.attendees);
  const attendees = attendeeValues.map(linkText).filter((n) => n !== "");
  const aliases = linkAliases(attendeeValues);
  const distinct = aliases.size === 0 ? keyAttendees([]) : keyAttendees(distinctAttendees(attendees));
  const aliasNames = keyAttendees([...aliases.keys()]);
  const emails = readNamedEmails(listValue(data.attendee_emails), attendees);
  const mentioned = listValue(data.mentioned).map(linkText).filter((n) => n !== "");
  const transcript = transcriptTarget(scalarValue(data.transcript));
  const items = (names: readonly string[]): string[] => names.map((item) => byLinkTarget(item, distinct, aliases, aliasNames));
  return {
    ...emptyRecap(),
    date: leadingIsoDate(scalarValue(data.date)) ?? (fromName?.[1] && isIsoDate(fromName[1]) ? fromName[1] : null),
    title: cleanName(scalarValue(data.title) ?? h1 ?? fromName?.[2] ?? fileName),
    attendees,
    ...(mentioned.length > 0 ? { mentioned } : {}),
    ...(Object.keys(emails).length > 0 ? { emails } : {}),
    via: scalarValue(data.via) ? linkText(scalarValue(data.via) ?? "") || null : null,
    summary: unescapeParagraph(proseOf(text, outline, firstSection(text, outline, SECTION_NAMES.summary))),
    facts: items(bulletItems(text, outline, firstSection(text, outline, SECTION_NAMES.facts)).map(unescapeParagraph)),
    decisions: items(bulletItems(text, outline, firstSection(text, outline, SECTION_NAMES.decisions)).map((d) => decisionText(unescapeParagraph(d)))),
    topics: topicItems.length > 0 ? topicItems : topicsOf(text, outline, topicsSection),
    actions: actionsOf(text, outline, firstSection(text, outline, SECTION_NAMES.actions)),
    tags: listValue(data.tags),
    ...(transcript ? { transcript } : {}),
  };
}

export function isMeetingNote(text: string): boolean {
  try {
    return scalarValue(parseFrontmatter(text).data.type) === MEETING_TYPE;
  } catch {
    return false;
  }
}

export interface RenderMeetingOptions {
  /** Attendee name -> the person note's file name, so attendees link to their notes. */
  linkTargets?: ReadonlyMap<string, string>;
  /** Owner name -> task handle (`@DanaOkafor`). */
  handles?: ReadonlyMap<string, string>;
}

/** The meeting note's link to its transcript: a vault path as a link, anything else (a path outside the vault) as written. */
export function transcriptValue(target: string): string {
  return /^(?:\/|[A-Za-z]:[\\/]|\w+:\/\/)/.test(target) ? target : `[[${target}]]`;
}

/** The transcript a meeting note links to: the link's target, or the value as written. */
export function transcriptTarget(value: string | null): string | null {
  if (value === null || value.trim() === "") return null;
  return /^\s*\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*$/.exec(value)?.[1]?.trim() ?? value.trim();
}

/** An attendee with a person note links to it; anyone else (you, say) stays a plain name. */
export function attendeeValue(name: string, targets?: ReadonlyMap<string, string>): string {
  const target = targets?.get(name);
  if (!target) return name;
  return target !== name ? `[[${target}|${name}]]` : `[[${name}]]`;
}

/** A recap as a new meeting note: frontmatter, then Summary, Key Facts, Decisions, Topics, Action Items. */
export function renderMeetingNote(recap: Recap, options: RenderMeetingOptions = {}): string {
  if (!recap.date || !isIsoDate(recap.date)) throw new KithError("invalid-date", "The recap has no valid date (YYYY-MM-DD).");
  const attendees = distinctAttendees(recap.attendees);
  const emails = attendees.flatMap((a) => {
    const email = attendeeEmail(recap, a);
    return email ? [namedEmail(a, email)] : [];
  });
  const summary = escapeParagraph(recap.summary);
  const bullets = (items: readonly string[]): string[] => (items.length > 0 ? [...items.map(bulletLine), ""] : [""]);
  const lines = [
    "---",
    `type: ${MEETING_TYPE}`,
    `date: '${recap.date}'`,
    `title: ${formatScalar(recap.title)}`,
    "attendees:",
    ...attendees.map((a) => `- ${formatScalar(attendeeValue(a, options.linkTargets))}`),
    // People the meeting talked about: listed, linked like attendees, but given nothing from it.
    ...(recap.mentioned && recap.mentioned.length > 0
      ? ["mentioned:", ...recap.mentioned.map((m) => `- ${formatScalar(attendeeValue(m, options.linkTargets))}`)]
      : []),
    ...(emails.length > 0 ? ["attendee_emails:", ...emails.map((e) => `- ${formatScalar(e)}`)] : []),
    ...(recap.via ? [`via: ${formatScalar(recap.via)}`] : []),
    ...(recap.transcript ? [`transcript: ${formatScalar(transcriptValue(recap.transcript))}`] : []),
    ...(recap.tags.length > 0 ? ["tags:", ...recap.tags.map((t) => `- ${formatScalar(t)}`)] : []),
    "---",
    "",
    `# ${recap.title}`,
    "",
    "## Summary",
    "",
    ...(summary ? [summary, ""] : []),
    "## Key Facts",
    "",
    ...bullets(recap.facts),
    "## Decisions",
    "",
    ...bullets(recap.decisions),
    "## Topics",
    "",
    ...(recap.topics.length > 0 ? [escapeParagraph(recap.topics.join(", ")), ""] : []),
    "## Action Items",
    "",
    ...recap.actions.map((a) => formatTaskLine(a.text, a.owner ? (options.handles?.get(a.owner) ?? null) : null, a.due)),
  ];
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
