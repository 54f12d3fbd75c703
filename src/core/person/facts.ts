import { KithError } from "../errors";
import { scanOutline, type Outline } from "../sections/outline";
import type { TextEdit } from "../text/text-edit";
import { bulletEdits, cleanItem, itemKey } from "./bullets";
import { headingsOf, type EditContext } from "./context";
import { finishEdit } from "./finish-edit";
import type { PersonHeadings } from "./layout";

/** Appends a key fact unless the same fact (case, spacing, trailing punctuation ignored) is there. */
export function addKeyFact(text: string, fact: string, ctx: EditContext): string {
  const outline = scanOutline(text);
  return finishEdit(text, keyFactEdits(text, outline, [fact], headingsOf(ctx)), ctx.today, { outline });
}

/** The edit adding the facts not there yet. */
export function keyFactEdits(text: string, outline: Outline, facts: readonly string[], headings: PersonHeadings): TextEdit[] {
  const items = facts.map((fact) => cleanItem(fact, "key fact"));
  return bulletEdits(text, outline, headings, "keyFacts", items, "", itemKey);
}

const CHECK = /^(?:✅|✔️?|☑️?|\[[xX]\])\s*/u;

/** A decision's text without its check mark. */
export function decisionText(item: string): string {
  return item.replace(CHECK, "").trim();
}

export function decisionKey(item: string): string {
  return itemKey(decisionText(item));
}

/** Appends `- ✅ decision` unless the same decision is there. */
export function addKeyDecision(text: string, decision: string, ctx: EditContext): string {
  const outline = scanOutline(text);
  return finishEdit(text, keyDecisionEdits(text, outline, [decision], headingsOf(ctx)), ctx.today, { outline });
}

/** The edit adding the decisions not there yet, each as `- ✅ decision`. */
export function keyDecisionEdits(text: string, outline: Outline, decisions: readonly string[], headings: PersonHeadings): TextEdit[] {
  const items = decisions.map((decision) => {
    const item = decisionText(cleanItem(decision, "key decision"));
    // A check mark alone (`✅`, `[x]`) is a decision with nothing in it.
    if (item === "") throw new KithError("invalid-value", "The key decision is empty.");
    return item;
  });
  return bulletEdits(text, outline, headings, "keyDecisions", items, "✅ ", decisionKey);
}
