import { scanOutline, type Outline } from "../sections/outline";
import { bodyLines, contentRange, findSection, type Section } from "../sections/section";
import { insertLineBefore, insertSection, replaceSectionContent } from "../sections/edit";
import { detectEol, splice } from "../text/lines";
import { headingsOf, type EditContext } from "./context";
import { finishEdit } from "./finish-edit";
import { orderedHeadings } from "./layout";
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

/** The topics of a Topics Discussed section. */
export function readTopics(text: string, outline: Outline, section: Section | null): string[] {
  if (!section) return [];
  const content = bodyLines(text, outline, section)
    .filter((l) => !l.blank && !l.inCode)
    .map((l) => l.text.trim())
    .join(" ");
  return isPlaceholder(content) ? [] : splitTopics(content);
}

const topicKey = (topic: string): string => topic.normalize("NFC").toLowerCase();

/** Adds the topics not already there (case-insensitive) at the end of the paragraph. */
export function mergeTopics(text: string, topics: readonly string[], ctx: EditContext): string {
  const headings = headingsOf(ctx);
  const outline = scanOutline(text);
  const section = findSection(text, outline, headings.topics);
  const seen = new Set(readTopics(text, outline, section).map(topicKey));
  const added: string[] = [];
  for (const topic of topics.flatMap((t) => splitTopics(t.normalize("NFC")))) {
    if (seen.has(topicKey(topic))) continue;
    seen.add(topicKey(topic));
    added.push(topic);
  }
  if (added.length === 0) return text;
  const eol = detectEol(text);
  const joined = added.join(", ");
  let result: string;
  if (!section) {
    result = insertSection(text, headings.topics, [joined], orderedHeadings(headings), eol);
  } else {
    const lines = bodyLines(text, outline, section);
    const range = contentRange(lines);
    // Topics live in the prose; a fenced block in the section is never rewritten or appended to.
    const prose = lines.filter((l) => !l.blank && !l.inCode);
    const last = prose.at(-1);
    if (!range) {
      result = replaceSectionContent(text, outline, section, [joined], eol);
    } else if (!last) {
      result = insertLineBefore(text, lines, range.first, joined, eol);
    } else if (prose.length === 1 && readTopics(text, outline, section).length === 0) {
      // Only a placeholder prompt: the topics take its place.
      result = splice(text, last.start, last.end, joined);
    } else {
      const end = last.start + last.text.trimEnd().length;
      const separator = last.text.trimEnd().endsWith(",") ? " " : ", ";
      result = splice(text, end, end, `${separator}${joined}`);
    }
  }
  return finishEdit(text, result, ctx.today);
}
