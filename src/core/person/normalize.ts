import { scanOutline } from "../sections/outline";
import { findSection } from "../sections/section";
import { insertSectionEdit } from "../sections/edit";
import { breakAt, detectEol, type Eol } from "../text/lines";
import { applyTextEdit } from "../text/text-edit";
import { headingsOf, type EditContext } from "./context";
import { footerDate, stampedFooterLine } from "./footer";
import { changeBetween, finishEdit } from "./finish-edit";
import { orderedHeadings, SECTION_ORDER, type SectionKey } from "./layout";
import { newPersonNote } from "./new-note";
import type { PersonRules } from "./is-person";
import { parsePerson } from "./parse";
import { sectionContent } from "./section-lines";

export interface NormalizeOptions extends EditContext {
  projectFolders?: readonly string[];
  includeDataview?: boolean;
  rules?: PersonRules;
}

/** Older Context appears only once a cap moves lines there: a note without it is complete. */
const OPTIONAL: ReadonlySet<SectionKey> = new Set(["olderContext"]);

/**
 * Brings a person note to the layout without touching what it has: each missing section is
 * inserted at its canonical place with the content a new note would give it (the contact
 * table, the placeholder prompts, the Dataview queries), a missing footer is added, and the
 * footer gets today's date when anything changed or it was never filled in.
 */
export function normalizePersonNote(text: string, path: string, ctx: NormalizeOptions): string {
  const headings = headingsOf(ctx);
  const order = orderedHeadings(headings);
  const eol = detectEol(text);
  const person = parsePerson(text, path, { ...ctx.rules, headings });
  const layout = newPersonNote(person.name, {
    today: ctx.today,
    headings,
    handle: person.handle,
    projectFolders: ctx.projectFolders,
    includeDataview: ctx.includeDataview,
  });
  const layoutOutline = scanOutline(layout);

  let result = text;
  for (const key of SECTION_ORDER) {
    if (OPTIONAL.has(key) || findSection(result, scanOutline(result), headings[key])) continue;
    const content = sectionContent(layout, layoutOutline, findSection(layout, layoutOutline, headings[key]));
    result = applyTextEdit(result, insertSectionEdit(result, headings[key], content, order, eol));
  }
  if (!scanOutline(result).footer) result = appendFooter(result, eol);
  if (result !== text) return finishEdit(text, changeBetween(text, result), ctx.today);
  if (footerDate(text) !== null) return text;
  // Nothing else to change: the edit is the date in the footer that was never filled in.
  const footer = scanOutline(text).footer;
  const line = footer ? text.slice(footer.lineStart, footer.lineEnd) : "";
  const stamped = footer ? stampedFooterLine(line, ctx.today) : null;
  if (!footer || stamped === null) return text;
  return finishEdit(text, [{ from: footer.lineStart, to: footer.lineEnd, insert: stamped }], ctx.today);
}

function appendFooter(text: string, eol: Eol): string {
  const ending = text === "" || text.endsWith("\n") ? "" : breakAt(text, text.length, eol);
  return `${text}${ending}${eol}---${eol}*Last updated: *${eol}`;
}
