import { isDateLine } from "./dates";
import { kindOf, metaOf, type Kind } from "./labels";
import { isBlank, nextContent, textLine, type Line } from "./markup";
import { capitalize, endsSentence } from "./normalize";

/**
 * The text cut into sections at the headings that name a field ("Next steps", "Key takeaways",
 * in any form: `## Next steps`, `**Next steps**`, `NEXT STEPS`, `Next steps:` or
 * `Next steps: Dana will…`). What comes before the first is the header (title, date, people).
 */
export interface Section {
  /** "topic": a heading that names no field, so it names what was discussed. */
  kind: Kind | "topic";
  heading: string;
  /** ATX level; 7 for a bold or plain heading, below every `#` one. */
  level: number;
  lines: Line[];
}

export interface Outline {
  header: Line[];
  sections: Section[];
}

const PLAIN_LEVEL = 7;
/** Kinds whose inline content is one line (`Participants: a, b`); the text after it goes on. */
const ONE_LINE_KINDS = new Set<Kind | "topic">(["attendees", "topics", "ignore"]);
/** Calendar-style header rows with no colon (`Invited Dana Okafor Sam Reyes`). */
const HEADER_ROW = /^(invited|attendees|participants|attachments|meeting records|speakers)\s+(\S.*)$/i;
const LABELLED = /^([^:]{2,40}):\s+(\S.*)$/;

/** The kind a heading-like line opens, or null (also for a sentence that merely says "Summary."). */
export function headingKind(line: Line): Kind | null {
  if (line.item || line.cells || endsSentence(line.text)) return null;
  return kindOf(line.text.replace(/:$/, ""));
}

export function splitSections(lines: readonly Line[]): Outline {
  const header: Line[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  const open = (kind: Section["kind"], heading: string, level: number): Section => {
    const section: Section = { kind, heading, level, lines: [] };
    sections.push(section);
    return section;
  };
  lines.forEach((line, i) => {
    const into = current?.lines ?? header;
    if (isBlank(line)) {
      into.push(line);
      return;
    }
    const next = nextContent(lines, i);
    const opened = opener(line, current === null);
    // Gemini's doc starts "Notes", then the date and the title: a label of the document, not a section.
    const docLabel = current === null && !header.some((l) => !isBlank(l)) && next !== undefined && isDateLine(next.text);
    if (opened && !(docLabel && !opened.inline)) {
      const previous = current;
      current = open(opened.kind, opened.label, line.heading || PLAIN_LEVEL);
      if (opened.inline) {
        current.lines.push(opened.inline);
        if (ONE_LINE_KINDS.has(opened.kind) && !next?.item) current = previous;
      }
      return;
    }
    const headingLike = (line.heading > 0 || (line.bold && !line.item)) && !metaOf(line.text) && !opened;
    // In the header, the first heading (or the first `#` one) is the title.
    const title = current === null && (!hasTitle(header) || (line.heading === 1 && !header.some((l) => l.heading === 1)));
    if (headingLike && !title) {
      if (current && (line.heading === 0 || line.heading > current.level)) current.lines.push(line);
      else current = open("topic", line.text.replace(/:$/, ""), line.heading || PLAIN_LEVEL);
      return;
    }
    into.push(line);
  });
  return { header, sections };
}

/** The section a line opens, its label, and the content written after the label on the same line. */
type Opener = { kind: Kind; label: string; inline: Line | null };

function opener(line: Line, inHeader: boolean): Opener | null {
  if (line.item || line.cells) return null;
  const whole = headingKind(line);
  if (whole) return { kind: whole, label: line.text.replace(/:$/, ""), inline: null };
  if (line.heading > 0) return null;
  const label = LABELLED.exec(line.text)?.[1] ?? "";
  const kind = kindOf(label);
  if (kind) return labelled(line, label, kind);
  const row = inHeader ? HEADER_ROW.exec(line.text)?.[1] : undefined;
  return row ? labelled(line, row, kindOf(row) ?? "ignore") : null;
}

/**
 * The section a label opens. The content after it is read from the raw line so links (calendar
 * chips) survive for attendees; prose starts with a capital ("Agreed: ship it" → "Ship it").
 */
function labelled(line: Line, label: string, kind: Kind): Opener {
  const words = label.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const rest = line.raw.replace(new RegExp(`^[^\\p{L}]*${words.join("[^\\p{L}]+")}[\\s*_:]*`, "iu"), "");
  return { kind, label, inline: textLine(ONE_LINE_KINDS.has(kind) ? rest : capitalize(rest)) };
}

/** Whether the header already has a line a title could be (not a date, label or field name). */
function hasTitle(header: readonly Line[]): boolean {
  return header.some((l) => !isBlank(l) && !metaOf(l.text) && !isDateLine(l.text) && !headingKind(l));
}
