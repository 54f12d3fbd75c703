/** Editing and removing one Key Facts or Key Decisions bullet. */
import { KithError } from "../errors";
import { scanOutline } from "../sections/outline";
import { bodyLines, type BodyLine } from "../sections/section";
import { cleanItem, itemKey, itemParts } from "./bullets";
import { headingsOf, type EditContext } from "./context";
import { decisionKey, decisionText } from "./facts";
import { finishEdit } from "./finish-edit";
import { personSection, type SectionKey } from "./layout";

interface KeyList {
  key: SectionKey;
  what: string;
  keyOf: (item: string) => string;
}

const FACTS: KeyList = { key: "keyFacts", what: "key fact", keyOf: itemKey };
const DECISIONS: KeyList = { key: "keyDecisions", what: "key decision", keyOf: decisionKey };

interface Found {
  lines: BodyLine[];
  index: number;
}

/** The bullets of the list's section, and which one is `item` (compared as duplicates are). */
function findItem(text: string, list: KeyList, item: string, ctx: EditContext): Found {
  const outline = scanOutline(text);
  const headings = headingsOf(ctx);
  const section = personSection(text, outline, headings, headings[list.key]);
  const lines = section ? bodyLines(text, outline, section) : [];
  const wanted = list.keyOf(item);
  const index = lines.findIndex((l) => l.listItem && list.keyOf(itemParts(l.text)?.text ?? "") === wanted);
  if (index === -1) throw new KithError("not-found", `The ${list.what} "${item}" is not in the note any more.`);
  return { lines, index };
}

/** The bullet line and the indented lines that continue it (nested bullets, wrapped text). */
function itemSpan({ lines, index }: Found): { start: number; next: number } {
  const first = lines[index]!;
  const indent = (l: BodyLine): number => l.text.length - l.text.trimStart().length;
  const end = lines.findIndex((l, i) => i > index && (l.blank || indent(l) <= indent(first)));
  return { start: first.start, next: lines[(end === -1 ? lines.length : end) - 1]!.next };
}

function removeItem(text: string, list: KeyList, item: string, ctx: EditContext): string {
  const span = itemSpan(findItem(text, list, item, ctx));
  return finishEdit(text, [{ from: span.start, to: span.next, insert: "" }], ctx.today);
}

export function removeKeyFact(text: string, fact: string, ctx: EditContext): string {
  return removeItem(text, FACTS, fact, ctx);
}

export function removeKeyDecision(text: string, decision: string, ctx: EditContext): string {
  return removeItem(text, DECISIONS, decisionText(decision), ctx);
}

/**
 * Rewrites one key fact in place (marker and indentation kept). Refused when the new text is
 * another fact already in the list: two equal bullets are what adding never makes.
 */
export function replaceKeyFact(text: string, fact: string, replacement: string, ctx: EditContext): string {
  const next = cleanItem(replacement, FACTS.what);
  const found = findItem(text, FACTS, fact, ctx);
  const line = found.lines[found.index]!;
  const clash = found.lines.some(
    (l, i) => i !== found.index && l.listItem && itemKey(itemParts(l.text)?.text ?? "") === itemKey(next),
  );
  if (clash) throw new KithError("exists", `The key fact "${next}" is already in the note.`);
  const parts = itemParts(line.text);
  const from = line.start + (parts?.marker.length ?? 0);
  const current = parts?.text ?? "";
  if (current === next) return text;
  return finishEdit(text, [{ from, to: from + current.length, insert: next }], ctx.today);
}

