export { locateFrontmatter, bomLength, type FrontmatterBlock } from "./locate";
export { checkFrontmatter, parseFrontmatter, scalarValue, listValue, type FrontmatterData, type FrontmatterValue, type ParsedFrontmatter } from "./parse";
export { formatScalar, formatDateScalar, readScalar, needsQuotes, type QuoteStyle } from "./scalar";
export { frontmatterKeys, findKey, keyLinesOf, type KeyLines } from "./keys";
export {
  setFrontmatterScalar,
  setFrontmatterScalarEdit,
  removeFrontmatterListItemEdit,
  setFrontmatterString,
  removeFrontmatterKey,
  addFrontmatterListItem,
  removeFrontmatterListItem,
  type Sameness,
  type NewKeyPlacement,
} from "./edit";
export { dateQuoteStyle } from "./dates";
