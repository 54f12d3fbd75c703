import { KithError } from "../errors";
import { frontmatterEdit } from "../frontmatter";
import { applyTextEdit } from "../text/text-edit";
import { scanOutline } from "../sections/outline";
import { findSection } from "../sections/section";
import { detectEol } from "../text/lines";
import { contactRows, setContactRow as setContactField } from "./contact";
import { headingsOf } from "./context";
import { addKeyDecision, addKeyFact } from "./facts";
import { changeBetween, finishEdit } from "./finish-edit";
import { orderedHeadings, personSection, type SectionKey } from "./layout";
import { nameKey } from "./names";
import type { PersonRules } from "./is-person";
import { parsePerson, type Person } from "./parse";
import { isPlaceholder } from "./placeholder";
import { addRecentContext, type RecentContextOptions } from "./recent-context";
import { carryLines, sectionContent } from "./section-lines";
import { setLastContact } from "./status";
import { mergeTopics } from "./topics";

export interface MergeOptions extends RecentContextOptions {
  rules?: PersonRules;
}

/** Free-text sections whose lines are carried over as they are. */
const CARRIED: readonly SectionKey[] = ["relationship", "background", "related"];

/**
 * The target person's note with the old person merged in: facts, decisions and topics
 * united without duplicates; Recent Context merged by date; contact fields filled where the
 * target's are empty, a conflicting value kept as a line under Related; prose, Related and
 * custom sections carried over; the old name and aliases kept as aliases; `last_contact` the
 * later of the two. Nothing of the old note is dropped silently.
 */
export function mergePersonInto(targetText: string, targetPath: string, oldText: string, oldPath: string, ctx: MergeOptions): string {
  const headings = headingsOf(ctx);
  const rules = { ...ctx.rules, headings };
  const target = parsePerson(targetText, targetPath, rules);
  const old = parsePerson(oldText, oldPath, rules);
  if (targetPath === oldPath) throw new KithError("invalid-value", "A person cannot be merged into themselves.");
  const eol = detectEol(targetText);
  const order = orderedHeadings(headings);

  let t = targetText;
  for (const fact of old.keyFacts) t = addKeyFact(t, fact, ctx);
  for (const decision of old.keyDecisions) t = addKeyDecision(t, decision, ctx);
  t = mergeTopics(t, old.topics, ctx);
  const rawContext: string[] = [];
  for (const item of [...old.recentContext, ...old.olderContext]) {
    if ("raw" in item) rawContext.push(item.raw);
    else t = addRecentContext(t, item, ctx);
  }
  t = carryLines(t, headings.recentContext, rawContext, order, eol);

  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(old.contact)) {
    if (value === null) continue;
    const current = contactValueOf(t, headings.contact, field);
    if (current === null) t = setContactField(t, field, value, ctx);
    else if (current.toLowerCase() !== value.toLowerCase()) conflicts.push(`- ${field} (from ${old.name}): ${value}`);
  }
  t = carryLines(t, headings.related, conflicts, order, eol);

  const oldOutline = scanOutline(oldText);
  for (const key of CARRIED) {
    const lines = sectionContent(oldText, oldOutline, personSection(oldText, oldOutline, headings, headings[key]));
    t = carryLines(t, headings[key], key === "related" ? lines : proseOnly(lines), order, eol);
  }
  for (const title of old.customSections) {
    const lines = sectionContent(oldText, oldOutline, findSection(oldText, oldOutline, title, { level: 2, others: order }));
    t = carryLines(t, title, lines, [...order, title], eol);
  }

  for (const alias of [old.name, ...old.aliases]) t = addAlias(t, target, alias);
  if (old.lastContact) t = setLastContact(t, old.lastContact, ctx);
  return finishEdit(targetText, changeBetween(targetText, t), ctx.today);
}

function contactValueOf(text: string, heading: string, field: string): string | null {
  const outline = scanOutline(text);
  const row = contactRows(text, outline, findSection(text, outline, heading)).find((r) => r.field.toLowerCase() === field.toLowerCase());
  return row?.value ?? null;
}

/** Prose that is only the layout's prompt is nothing to carry: the target has the prompt. */
function proseOnly(lines: string[]): string[] {
  return isPlaceholder(lines.join("\n")) ? [] : lines;
}

function addAlias(text: string, target: Person, alias: string): string {
  if (nameKey(alias) === nameKey(target.name)) return text;
  return applyTextEdit(text, frontmatterEdit.addListItem(text, "aliases", alias, (a, b) => nameKey(a) === nameKey(b)));
}
