import { DEFAULT_HEADINGS, PERSON_TYPE, type PersonHeadings } from "./person/layout";
import type { PersonRules } from "./person/parse";

/** Kith's settings, shared by the plugin (data.json) and the CLI (which reads the same file). */
export interface KithSettings {
  peopleFolder: string;
  meetingsFolder: string;
  projectFolders: string[];
  /** Your own name and aliases: left out when a recap updates attendees. */
  myName: string;
  myAliases: string[];
  headings: PersonHeadings;
  personType: string;
  /** Recent Context lines to keep before older ones move to Older Context; 0 = no cap. */
  recentContextCap: number;
  summaryLength: number;
  staleDays: number;
  dateFormat: string;
  includeDataview: boolean;
  /** Optional template note (vault path) used instead of the built-in layout. */
  templatePath: string;
  /** Keep Profile's Role in step with the contact table's Role. */
  syncProfileRole: boolean;
}

export const DEFAULT_SETTINGS: KithSettings = {
  peopleFolder: "People",
  meetingsFolder: "Meetings",
  projectFolders: ["Work/Projects", "Personal/Projects"],
  myName: "",
  myAliases: [],
  headings: DEFAULT_HEADINGS,
  personType: PERSON_TYPE,
  recentContextCap: 0,
  summaryLength: 100,
  staleDays: 30,
  dateFormat: "yyyy-MM-dd",
  includeDataview: true,
  templatePath: "",
  syncProfileRole: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Settings from stored data of any version: known keys of the right type are taken, the rest
 * come from the defaults, so a key an older version did not have is filled in.
 */
export function loadSettings(stored: unknown): KithSettings {
  const settings: KithSettings = { ...DEFAULT_SETTINGS, headings: { ...DEFAULT_HEADINGS }, projectFolders: [...DEFAULT_SETTINGS.projectFolders] };
  if (!isRecord(stored)) return settings;
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = stored[key];
    if (key === "headings") continue;
    if (Array.isArray(fallback)) {
      if (Array.isArray(value)) target[key] = value.filter((v): v is string => typeof v === "string");
    } else if (typeof value === typeof fallback) {
      target[key] = value;
    }
  }
  if (isRecord(stored.headings)) {
    for (const key of Object.keys(DEFAULT_HEADINGS) as Array<keyof PersonHeadings>) {
      const value = stored.headings[key];
      if (typeof value === "string" && value.trim() !== "") settings.headings[key] = value.trim();
    }
  }
  return settings;
}

export function personRules(settings: KithSettings): PersonRules {
  return { headings: settings.headings, personType: settings.personType, peopleFolder: settings.peopleFolder };
}
