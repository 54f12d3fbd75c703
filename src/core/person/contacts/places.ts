import { keyLinesOf, listValue, type ParsedFrontmatter } from "../../frontmatter";
import { headingKey, isInFence, lineFrom, normalizeHeading, type Outline } from "../../sections/outline";
import { lineNumberAt } from "../../text/lines";
import { contactRows, contactSection } from "../contact";
import { UNKNOWN, type PersonHeadings, type SectionKey } from "../layout";
import { sectionAt } from "../../sections/section";
import { contactKey, knownContactKey } from "./aliases";

/** Where a contact field is written. */
export type ContactSource = "table" | "property" | "inline-field" | "bold-label";

/** Sources in the order their fields win: the table Kith writes, Properties, Dataview fields, bold labels. */
export const SOURCE_ORDER: readonly ContactSource[] = ["table", "property", "inline-field", "bold-label"];

/** One place a contact field is written in a note. */
export interface ContactPlace {
  /** Canonical key (`email`, `phone`, ...), else the label lower-cased. */
  key: string;
  /** The name as written (`E-mail`, `📧 Email`, `lastContact`). */
  label: string;
  /** Its values; `_Unknown_` and empty are none. */
  values: string[];
  source: ContactSource;
  /** 1-based line of the row, key or field. */
  line: number;
  /** Offsets of the value as written (table, inline field, bold label; a property is edited by key). */
  valueFrom: number;
  valueTo: number;
  /** The line's text up to the label (`- `, `**`), for a new line written like it. */
  prefix: string;
  /** Inline field: written `[Key:: value]` or `(Key:: value)` inside text, not on a line of its own. */
  inText?: boolean;
}

const valuesOf = (value: string | null): string[] => (value === null || value === "" || value.toLowerCase() === UNKNOWN.toLowerCase() ? [] : [value]);

/** Whether a property's list item is a value shown (not empty, not `_Unknown_`): set-field replaces the first of these. */
export const isShownValue = (item: unknown): item is string => typeof item === "string" && valuesOf(item.trim()).length > 0;

/** The contact table's rows. */
function tablePlaces(text: string, outline: Outline, heading: string): ContactPlace[] {
  return contactRows(text, outline, contactSection(text, outline, heading))
    .filter((row) => row.field !== "")
    .map((row) => ({
      key: contactKey(row.field),
      label: row.field,
      values: valuesOf(row.value),
      source: "table",
      line: lineNumberAt(text, row.line.start),
      valueFrom: row.valueFrom,
      valueTo: row.valueTo,
      prefix: "",
    }));
}

/** Frontmatter keys with a known contact name (`Email`, `e-mail`, `Phone`); other keys are not contact details. */
function propertyPlaces(text: string, parsed: ParsedFrontmatter): ContactPlace[] {
  return keyLinesOf(text, parsed).flatMap((k) => {
    const key = knownContactKey(k.key);
    if (!key || !(k.key in parsed.data)) return [];
    const values = listValue(parsed.data[k.key]).filter(isShownValue).map((v) => v.trim());
    return [{ key, label: k.key, values, source: "property" as const, line: lineNumberAt(text, k.line.start), valueFrom: k.valueStart, valueTo: k.end, prefix: "" }];
  });
}

/**
 * A Dataview inline field on its own line, in a list item too: `Email:: x`, `- Email:: x`,
 * `**Email**:: x` (Dataview reads a bold key as the key; it trims the key and the value).
 * Rules from Dataview's "Adding Metadata" documentation (blacksmithgu/obsidian-dataview).
 */
const INLINE_LINE = /^(([ \t]*(?:[-*+][ \t]+)?(\*\*)?)([^:[\]()*\s`][^:[\]()*]*?)\3::[ \t]*)(.*?)[ \t]*$/;
/**
 * A wrapped field's value, as Dataview closes it: brackets of its own kind nest (`[Email:: [[Mail]] a@x]`,
 * `(Company:: Acme (EU))`), here two deep, and a backslash escapes the character after it.
 */
const wrappedValue = (open: string, close: string): string => {
  const [o, c] = [`\\${open}`, `\\${close}`];
  const plain = `\\\\.|[^\\\\${o}${c}]`; // an escaped character, or any but a backslash and the two brackets
  const inner = `${o}(?:${plain})*${c}`;
  return `(?:${plain}|${o}(?:${plain}|${inner})*${c})*`;
};
/** `[Key:: value]` or `(Key:: value)` inside text (the round form hides the key in reading view); a key holds no bracket. */
const INLINE_IN_TEXT = new RegExp(String.raw`\[([^[\]()]+?)::(${wrappedValue("[", "]")})\]|\(([^[\]()]+?)::(${wrappedValue("(", ")")})\)`, "g");
/** `**Location:** x` or `**Location**: x` (not `**Key**:: x`, an inline field), in a list item too. */
const BOLD_LABEL = /^(([ \t]*(?:[-*+][ \t]+)?\*\*)([^*:\s][^*:]*?)(?::\*\*|\*\*:)(?!:)[ \t]*)(.*?)[ \t]*$/;
/** A task line: its inline fields (`[due:: ]`) are the task's, not the person's. */
const TASK = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\]/;

/**
 * The layout's sections whose lines are their own: a topic, fact or line of prose that reads
 * like `**Role**: x` is that section's, never a contact field (Profile's `**Role**:` line is
 * kept in step by syncProfileRole instead).
 */
const OWN_SECTIONS: readonly SectionKey[] = ["profile", "relationship", "background", "keyFacts", "topics", "recentContext", "olderContext", "keyDecisions", "related", "projects", "openTasks", "tasksTheyOwn"];

/** Inline fields and bold labels of the body, outside fenced code, comments and the layout's own sections. */
function bodyPlaces(text: string, outline: Outline, headings: PersonHeadings): ContactPlace[] {
  const own = new Set(OWN_SECTIONS.map((key) => normalizeHeading(headings[key])));
  const owned = outline.headings.flatMap((h, i) => (own.has(headingKey(h)) ? (sectionAt(text, outline, i) ?? []) : []));
  const places: ContactPlace[] = [];
  // Only a line with `::` or `**` in it can hold a field: one search finds them, the rest are never read.
  const marks = /::|\*\*/g;
  marks.lastIndex = outline.bodyStart;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    const line = lineFrom(text, Math.max(outline.bodyStart, text.lastIndexOf("\n", mark.index - 1) + 1));
    marks.lastIndex = line.next;
    // Fenced code and %% or HTML comments hide what is in them, as Obsidian shows the note; a
    // heading's text (`**Role**: x` over `---` is a setext heading) is a heading, not a field.
    if (isInFence(outline, line.start) || outline.comments.some(([from, to]) => line.start >= from && line.start < to)) continue;
    if (outline.headings.some((h) => line.start >= h.start && line.start < h.next)) continue;
    if (owned.some((section) => line.start >= section.bodyStart && line.start < section.end)) continue;
    places.push(...linePlaces(text, line.start, line.text));
  }
  return places;
}

function linePlaces(text: string, start: number, line: string): ContactPlace[] {
  const at = (label: string, values: string[], source: ContactSource, from: number, to: number, prefix: string, inText?: boolean): ContactPlace => ({
    key: contactKey(label),
    label: label.trim(),
    values,
    source,
    line: lineNumberAt(text, start),
    valueFrom: start + from,
    valueTo: start + to,
    prefix,
    ...(inText ? { inText } : {}),
  });
  const inline = INLINE_LINE.exec(line);
  if (inline) {
    const [, head = "", prefix = "", , label = "", value = ""] = inline;
    const from = head.length;
    return [at(label, valuesOf(value), "inline-field", from, from + value.length, prefix)];
  }
  const bold = BOLD_LABEL.exec(line);
  if (bold) {
    const [, head = "", prefix = "", label = "", value = ""] = bold;
    const from = head.length;
    // `**Background**:` with bullets under it heads a list; it holds no value itself.
    return value === "" ? [] : [at(label, valuesOf(value), "bold-label", from, from + value.length, prefix)];
  }
  if (TASK.test(line)) return [];
  // One inside inline code (`` `[Company:: x]` ``) is an example, not the person's.
  const code = [...line.matchAll(/(`+)[^`]+?\1/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const inCode = (at: number): boolean => code.some(([from, to]) => at >= from && at < to);
  return [...line.matchAll(INLINE_IN_TEXT)].filter((m) => !inCode(m.index)).map((m) => {
    const label = m[1] ?? m[3] ?? "";
    const raw = m[2] ?? m[4] ?? "";
    const from = (m.index ?? 0) + 1 + label.length + 2 + (raw.length - raw.trimStart().length);
    const value = raw.trim();
    return at(label, valuesOf(value), "inline-field", from, from + value.length, "", true);
  });
}

/** Every place the note writes a contact field, in SOURCE_ORDER, each source in note order. */
export function contactPlaces(text: string, outline: Outline, parsed: ParsedFrontmatter, headings: PersonHeadings): ContactPlace[] {
  return [...tablePlaces(text, outline, headings.contact), ...propertyPlaces(text, parsed), ...bodyPlaces(text, outline, headings)];
}
