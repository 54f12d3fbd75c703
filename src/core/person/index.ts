export * from "./layout";
export * from "./names";
export { type EditContext } from "./context";
export { parsePerson, type Person, type PersonProfile } from "./parse";
export { isPersonNote, notAPersonMessage, isPersonData, personData, personMarks, inlineMarkerTags, PERSON_MARKERS, type PersonRules, type PersonMark } from "./is-person";
export { templateFolders, inTemplateFolder, TEMPLATE_CONFIG_FILES } from "./template-folders";
export { hasTemplateSyntax, templateSyntaxIn } from "./template-syntax";
export { countPersonRules, describePersonRuleCounts, type CachedNote, type PersonRuleCounts } from "./person-counts";
export { addKeyFact, addKeyDecision, decisionText } from "./facts";
export { removeKeyFact, removeKeyDecision, replaceKeyFact } from "./key-item-edits";
export { mergeTopics, splitTopics, type TopicsContext } from "./topics";
export { isPlaceholder, LAYOUT_PROMPTS, templatePrompts } from "./placeholder";
export {
  addRecentContext,
  keptContextLine,
  parseContextLine,
  formatContextLine,
  linkTargetKey,
  type RecentContextEntry,
  type RecentContextItem,
  type RawContextLine,
  type RecentContextOptions,
} from "./recent-context";
export { setContactRow, type ContactFieldOptions } from "./contact";
export { setContactField } from "./contacts/set-field";
export { contactRecord, contactValueOf, type ContactField, type OtherPlace } from "./contacts/record";
export { contactPlaces, type ContactPlace, type ContactSource } from "./contacts/places";
export { contactKey, knownContactKey } from "./contacts/aliases";
export { setLastContact, markReviewed, sameTag, needsReview } from "./status";
export { stampFooter, footerDate } from "./footer";
export { newNoteFieldName, newPersonNote, type NewPersonOptions } from "./new-note";
export { itemKey } from "./bullets";
export { logInteraction, type Interaction, type InteractionOptions } from "./log-interaction";
export { normalizePersonNote, type NormalizeOptions } from "./normalize";
export { renamePerson, handleAfterRename, checkNewName, type RenameOptions } from "./rename";
export { rewriteTaskHandle } from "./task-handles";
export { cadenceOf, snoozePerson, setKeepInTouch, type Cadence } from "./keep-in-touch";
export { staleContacts, daysBetween, addDays, type StaleContact, type CadenceSubject } from "./stale";
export { mergePersonInto, type MergeOptions } from "./merge";
export { planMerge, applyMerge, type MergeRequest, type MergePlan, type MergeResult } from "./merge-plan";
export { fillTemplate, type TemplateValues } from "./template";
export { foldForSearch } from "./search";
export { formatDisplayDate, checkDateFormat } from "./display-date";
