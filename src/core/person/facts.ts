import { KithError } from "../errors";
import { addBullet, cleanItem, itemKey, mayHaveItemKey } from "./bullets";
import { headingsOf, type EditContext } from "./context";

/** Appends a key fact unless the same fact (case, spacing, trailing punctuation ignored) is there. */
export function addKeyFact(text: string, fact: string, ctx: EditContext): string {
  const item = cleanItem(fact, "key fact");
  return addBullet(text, headingsOf(ctx), "keyFacts", item, "", itemKey, ctx.today, mayHaveItemKey);
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
  const item = decisionText(cleanItem(decision, "key decision"));
  // A check mark alone (`✅`, `[x]`) is a decision with nothing in it.
  if (item === "") throw new KithError("invalid-value", "The key decision is empty.");
  return addBullet(text, headingsOf(ctx), "keyDecisions", item, "✅ ", decisionKey, ctx.today);
}
