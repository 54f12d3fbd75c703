import {
  addKeyDecision,
  addKeyFact,
  addRecentContext,
  markReviewed,
  mergeTopics,
  newPersonNote,
  parsePerson,
  setContactField,
  setLastContact,
} from "../core";

/**
 * The pure person-note functions, for other plugins and scripts (`app.plugins.plugins.kith.api`):
 * strings in, strings out, the same code every Kith command runs.
 */
export const kithApi = {
  parsePerson,
  addKeyFact,
  addKeyDecision,
  mergeTopics,
  addRecentContext,
  setContactField,
  setLastContact,
  markReviewed,
  newPersonNote,
};

export type KithApi = typeof kithApi;
