import { frontmatterKeys, type KeyLines } from "./keys";
import type { FrontmatterBlock } from "./locate";
import { readScalar, type QuoteStyle } from "./scalar";

const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/**
 * How the note already quotes its dates: the quote of `preferKey` when it holds a date, else
 * of the first date-valued key, else single quotes (the layout's own style).
 */
export function dateQuoteStyle(text: string, block: FrontmatterBlock | null, preferKey?: string, keys?: KeyLines[]): QuoteStyle {
  if (!block) return "'";
  const all = keys ?? frontmatterKeys(text, block);
  // The preferred key is usually there: only its own value is read then. Of keys written twice,
  // the last with a date counts, as in the map below.
  let preferred: QuoteStyle | null = null;
  for (const key of all) if (key.key === preferKey) preferred = dateStyleOf(text, key) ?? preferred;
  if (preferred !== null) return preferred;
  const styles = new Map<string, QuoteStyle>();
  for (const key of all) {
    const style = dateStyleOf(text, key);
    if (style !== null) styles.set(key.key, style);
  }
  return styles.values().next().value ?? "'";
}

/** The quote of a key's one-line date value, or null when its value is not a date. */
function dateStyleOf(text: string, key: KeyLines): QuoteStyle | null {
  if (key.children.length > 0) return null;
  const scalar = readScalar(text.slice(key.valueStart, key.line.end));
  return scalar && ISO_DATE.test(scalar.value) ? scalar.quote : null;
}
