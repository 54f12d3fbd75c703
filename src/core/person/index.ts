export * from "./layout";
export * from "./names";
export { type EditContext } from "./context";
export { parsePerson, isPersonNote, isPersonData, type Person, type PersonProfile, type PersonRules } from "./parse";
export { addKeyFact, addKeyDecision, decisionText } from "./facts";
export { mergeTopics, splitTopics } from "./topics";
export {
  addRecentContext,
  parseContextLine,
  formatContextLine,
  linkTargetKey,
  type RecentContextEntry,
  type RecentContextItem,
  type RawContextLine,
  type RecentContextOptions,
} from "./recent-context";
export { setContactField, type ContactFieldOptions } from "./contact";
export { setLastContact, markReviewed, sameTag } from "./status";
export { stampFooter, footerDate } from "./footer";
export { newPersonNote, type NewPersonOptions } from "./new-note";
export { itemKey } from "./bullets";
