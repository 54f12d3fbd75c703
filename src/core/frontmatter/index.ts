export { locateFrontmatter, bomLength, type FrontmatterBlock } from "./locate";
export type { FrontmatterData, FrontmatterValue, ParsedFrontmatter, KeyLines } from "./types";
export { checkFrontmatter, parseFrontmatter, scalarValue, listValue } from "./parse";
export { formatKey, formatScalar, formatDateScalar, readScalar, needsQuotes, type QuoteStyle } from "./scalar";
export { keyLinesOf } from "./keys";
/** The surgical edits, each returning the one splice it makes: `frontmatterEdit.setString(text, "title", name)`. */
export * as frontmatterEdit from "./edit";
export type { Sameness, NewKeyPlacement } from "./edit";
export { dateQuoteStyle } from "./dates";
