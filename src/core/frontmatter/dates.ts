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
  const styles = new Map<string, QuoteStyle>();
  for (const key of keys ?? frontmatterKeys(text, block)) {
    if (key.children.length > 0) continue;
    const scalar = readScalar(text.slice(key.valueStart, key.line.end));
    if (scalar && ISO_DATE.test(scalar.value)) styles.set(key.key, scalar.quote);
  }
  if (preferKey !== undefined && styles.has(preferKey)) return styles.get(preferKey) ?? "'";
  return styles.values().next().value ?? "'";
}
