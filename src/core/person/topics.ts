import { lineFrom, scanOutline, type Outline } from "../sections/outline";
import { bodyLines, contentRange, type BodyLine, type Section } from "../sections/section";
import { insertSectionEdit, replaceSectionContentEdit } from "../sections/edit";
import { breakAt, detectEol } from "../text/lines";
import type { TextEdit } from "../text/text-edit";
import { headingsOf, type EditContext } from "./context";
import { finishEdit } from "./finish-edit";
import { orderedHeadings, personSection, type PersonHeadings } from "./layout";
import { isPlaceholder } from "./placeholder";

/** Splits a comma-separated topic list; a comma inside parentheses does not split. */
export function splitTopics(paragraph: string): string[] {
  const topics: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      topics.push(paragraph.slice(start, i));
      start = i + 1;
    }
  }
  topics.push(paragraph.slice(start));
  return topics.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
}

/**
 * A line that is not paragraph text: a table row or its delimiter row, a list item or task,
 * a blockquote or callout, a heading, a thematic break, a `%%` or HTML comment, an embed,
 * HTML, a math block fence.
 */
const NOT_PROSE = /^\s*(?:\||:?-+:?\s*\|)|^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^\s*(?:>|#{1,6}(?:[ \t]|$)|%%|<|!\[|\$\$)|^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A table's delimiter row (`|---|:--:|`, `--- | ---`): the line above it is the table's header. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** Indented code: four spaces or a tab where a paragraph would start. */
const INDENTED_CODE = /^(?: {4}|\t)/;

/** The section's paragraph lines (see proseLines), its layout or template prompts left out. */
export function paragraphLines(lines: readonly BodyLine[], placeholders: readonly string[] = []): BodyLine[] {
  return proseLines(lines).filter((l) => !isPlaceholder(l.text, placeholders));
}

/**
 * The section's paragraph text lines: plain text outside code and comments, in a paragraph that
 * starts after a blank line (or the section's start, or a code block), so that a line that
 * lazily continues a list item, a quote or a table is not taken for one. Comments are tracked
 * across lines, which a per-line pattern cannot do.
 */
function proseLines(lines: readonly BodyLine[]): BodyLine[] {
  const paragraph: BodyLine[] = [];
  let inComment: "%%" | "<!--" | null = null;
  let previousIsProse = false;
  let previousEndsBlock = true;
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    const commented = inComment !== null || /^\s*(?:%%|<!--)/.test(t);
    // A comment line is inCode too, but its markers open and close comments.
    if (!line.inCode || line.inComment) inComment = commentStateAfter(t, inComment);
    const header = DELIMITER_ROW.test(lines[i + 1]?.text ?? "") && t.includes("|");
    const prose: boolean =
      !line.blank &&
      !line.inCode &&
      !commented &&
      !header &&
      !NOT_PROSE.test(t) &&
      (previousIsProse || (previousEndsBlock && !INDENTED_CODE.test(t)));
    if (prose) paragraph.push(line);
    previousIsProse = prose;
    previousEndsBlock = line.blank || (line.inCode && !(lines[i + 1]?.inCode ?? false));
  }
  return paragraph;
}

/** Whether a `%%` or `<!--` comment is still open after the line. */
function commentStateAfter(line: string, open: "%%" | "<!--" | null): "%%" | "<!--" | null {
  let state = open;
  // Each marker toggles in order: `%% a %% b %%` leaves one open.
  for (const m of line.matchAll(/%%|<!--|-->/g)) {
    if (state === null && (m[0] === "%%" || m[0] === "<!--")) state = m[0];
    else if ((state === "%%" && m[0] === "%%") || (state === "<!--" && m[0] === "-->")) state = null;
  }
  return state;
}

/** Emphasis marks at a topic's ends (`_Go, Rust_`, `*Go*`) are markup, not part of the topic. */
const unwrap = (topic: string): string => topic.replace(/^[*_]+|[*_]+$/g, "");

/** The line's text with the comments in it left out (`Go %% aside %%, Rust`): Obsidian hides them, so they hold no topic. */
function visibleText(text: string, line: BodyLine, comments: Outline["comments"]): string {
  let visible = "";
  let at = line.start;
  for (const [from, to] of comments.filter(([from, to]) => from < line.end && to > line.start)) {
    visible += `${text.slice(at, Math.max(at, from))} `;
    at = Math.min(Math.max(at, to), line.end);
  }
  return visible + text.slice(at, line.end);
}

/** The topics of a Topics Discussed section: its paragraph, not its tables, lists, comments or code. */
export function readTopics(text: string, outline: Outline, section: Section | null, placeholders: readonly string[] = []): string[] {
  if (!section) return [];
  const lines = paragraphLines(bodyLines(text, outline, section), placeholders);
  // A paragraph's lines run on; two paragraphs (under `### Q1` and `### Q2`, say) are two lists.
  const content = lines.map((l, i) => `${i === 0 ? "" : lines[i - 1]?.next === l.start ? " " : ", "}${visibleText(text, l, outline.comments).trim()}`).join("");
  return splitTopics(content).map(unwrap).filter((t) => t !== "");
}

const topicKey = (topic: string): string => topic.normalize("NFC").toLowerCase();

export interface TopicsContext extends EditContext {
  /** A template note's prompt lines (templatePrompts), read as empty like the layout's. */
  placeholders?: readonly string[];
}

/**
 * Adds the topics not already there (case-insensitive) at the end of the section's last
 * paragraph line; a section without a paragraph gets one after its last content (or in
 * place of its only prompt line). Every other line stays as it was.
 */
export function mergeTopics(text: string, topics: readonly string[], ctx: TopicsContext): string {
  const outline = scanOutline(text);
  return finishEdit(text, topicEdits(text, outline, topics, headingsOf(ctx), ctx.placeholders ?? []), ctx.today, { outline });
}

/** A heading's, quote's or list item's marker before a topic: no part of a topic's name. */
const BLOCK_MARKER = /^(?:#{1,6}(?=[ \t]|$)|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\|)[ \t]*/;

/**
 * A topic as written into the paragraph: without a leading heading, quote or list marker, which
 * would make a line that starts with it a heading (`## Key Decisions` would split the note's
 * sections) or a list; none when what is left is no text (a rule, a fence, a comment, HTML).
 */
function asTopic(topic: string): string[] {
  let name = topic;
  while (BLOCK_MARKER.test(name) && name !== "") name = name.replace(BLOCK_MARKER, "");
  return name === "" || NOT_PROSE.test(name) || /^(?:`{3,}|~{3,})/.test(name) ? [] : [name];
}

/** The edit adding the topics not there yet (see mergeTopics). */
export function topicEdits(text: string, outline: Outline, topics: readonly string[], headings: PersonHeadings, placeholders: readonly string[]): TextEdit[] {
  const section = personSection(text, outline, headings, headings.topics);
  const seen = new Set(readTopics(text, outline, section, placeholders).map(topicKey));
  const added: string[] = [];
  for (const topic of topics.flatMap((t) => splitTopics(t.normalize("NFC"))).flatMap(asTopic)) {
    if (seen.has(topicKey(topic))) continue;
    seen.add(topicKey(topic));
    added.push(topic);
  }
  if (added.length === 0) return [];
  const eol = detectEol(text);
  const joined = added.join(", ");
  if (!section) return [insertSectionEdit(text, headings.topics, [joined], orderedHeadings(headings), eol)];
  const lines = bodyLines(text, outline, section);
  const range = contentRange(lines);
  const paragraph = paragraphLines(lines, placeholders).at(-1);
  // A prompt standing as its own paragraph (a line after it would continue the topics).
  const prompt = proseLines(lines).filter((l) => isPlaceholder(l.text, placeholders)).at(-1);
  const lastContent = range ? lines[range.last] : undefined;
  if (paragraph) {
    // A comment still open at the line's end: the topics go before it, never into it.
    const open = outline.comments.find(([from, to]) => from > paragraph.start && from < paragraph.end && to > paragraph.end);
    const visible = text.slice(paragraph.start, open?.[0] ?? paragraph.end).trimEnd();
    const end = paragraph.start + visible.length;
    const separator = visible.endsWith(",") ? " " : ", ";
    return [{ from: end, to: end, insert: `${separator}${joined}` }];
  }
  // Only the layout's (or the template's) prompt: the topics take its place.
  if (prompt) return [{ from: prompt.start, to: prompt.end, insert: joined }];
  if (!lastContent) return [replaceSectionContentEdit(text, outline, section, [joined], eol)];
  // No paragraph among tables, lists, comments or code: a new one after the last of them, and a
  // blank line under it when a rule follows (text right above `---` would be a setext heading).
  const underline = lastContent.next === section.end && /^ {0,3}(?:-+|=+)[ \t]*$/.test(lineFrom(text, section.end).text);
  return [{ from: lastContent.end, to: lastContent.end, insert: `${breakAt(text, lastContent.end, eol)}${eol}${joined}${underline ? eol : ""}` }];
}
