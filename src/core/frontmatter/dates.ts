import { frontmatterKeys } from "./keys";
import type { FrontmatterBlock } from "./locate";
import { readScalar, type QuoteStyle } from "./scalar";
import type { KeyLines } from "./types";

/**
 * How the note already quotes its dates: the quote of `preferKey` when it holds a date, else
 * of the first date-valued key, else single quotes (the layout's own style).
 */
export function dateQuoteStyle(text: string, block: FrontmatterBlock | null, preferKey?: string, keys = block ? frontmatterKeys(text, block) : []): QuoteStyle {
  const dated = keys.flatMap((key) => {
    const quote = dateQuoteOf(text, key);
    return quote === null ? [] : [{ key: key.key, quote }];
  });
  return (dated.find((d) => d.key === preferKey) ?? dated[0])?.quote ?? "'";
}

/** The quote of a key's one-line date value, or null when its value is not a date. */
function dateQuoteOf(text: string, key: KeyLines): QuoteStyle | null {
  if (key.children.length > 0) return null;
  const scalar = readScalar(text.slice(key.valueStart, key.line.end));
  return scalar && /^\d{4}-\d\d-\d\d/.test(scalar.value) ? scalar.quote : null;
}
