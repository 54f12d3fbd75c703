import type { Outline } from "../sections/outline";
import { findSection, type Section } from "../sections/section";
/**
 * The person note layout: section headings (renameable, for vaults that renamed them) and
 * their canonical order, from the person note format.
 */
export interface PersonHeadings {
  contact: string;
  relationship: string;
  background: string;
  projects: string;
  openTasks: string;
  tasksTheyOwn: string;
  keyFacts: string;
  topics: string;
  recentContext: string;
  olderContext: string;
  profile: string;
  keyDecisions: string;
  related: string;
}

/** The headings the layout writes, in the note's order (SECTION_ORDER is read from it). */
export const DEFAULT_HEADINGS: PersonHeadings = {
  contact: "Contact Information",
  relationship: "Relationship",
  background: "Background",
  projects: "Projects",
  openTasks: "Open Tasks",
  tasksTheyOwn: "Tasks They Own",
  keyFacts: "Key Facts",
  topics: "Topics Discussed",
  recentContext: "Recent Context",
  olderContext: "Older Context",
  profile: "Profile",
  keyDecisions: "Key Decisions",
  related: "Related",
};

export type SectionKey = keyof PersonHeadings;

/** Canonical section order: DEFAULT_HEADINGS lists the sections in it. */
export const SECTION_ORDER = Object.keys(DEFAULT_HEADINGS) as readonly SectionKey[];

export function orderedHeadings(headings: PersonHeadings): string[] {
  return SECTION_ORDER.map((key) => headings[key]);
}

/** The standard rows of the contact table, in order. */
export const CONTACT_FIELDS = ["Role", "Company", "Department", "Email", "Phone", "LinkedIn", "Location"] as const;

export const UNKNOWN = "_Unknown_";
export const PERSON_TYPE = "people";
export const PERSON_TAG = "type/people";
export const REVIEW_TAG = "needs-review";

/**
 * The person section titled `title`: to the next heading of its level or above, or to a nested
 * heading of another person section (`### Key Facts` over `#### Key Decisions` are two).
 */
export function personSection(text: string, outline: Outline, headings: PersonHeadings, title: string): Section | null {
  return findSection(text, outline, title, { others: Object.values(headings) });
}
