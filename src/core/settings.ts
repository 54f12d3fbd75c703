import { KithError } from "./errors";
import { DEFAULT_HEADINGS, PERSON_TYPE, type PersonHeadings, type SectionKey } from "./person/layout";
import { PERSON_MARKERS, type PersonRules } from "./person/is-person";
import { checkDateFormat, dateFnsToMoment } from "./person/display-date";

/** Kith's settings, shared by the plugin (data.json) and the CLI (which reads the same file). */
export interface KithSettings {
  peopleFolder: string;
  meetingsFolder: string;
  projectFolders: string[];
  /** Your own name and aliases: left out when a recap updates attendees. */
  myName: string;
  myAliases: string[];
  /** Your own email addresses: you are left out of a calendar event's attendees. */
  myEmails: string[];
  headings: PersonHeadings;
  personType: string;
  /** Recent Context lines to keep before older ones move to Older Context; 0 = no cap. */
  recentContextCap: number;
  summaryLength: number;
  staleDays: number;
  /** Dated fields (properties, contact table rows, inline fields) that are key dates besides birthday and anniversary. */
  keyDateFields: string[];
  /** How dates are shown, in Moment's tokens as Obsidian's settings take them (`YYYY-MM-DD`). */
  dateFormat: string;
  includeDataview: boolean;
  /** Optional template note (vault path) used instead of the built-in layout. */
  templatePath: string;
  /** Keep Profile's Role in step with the contact table's Role. */
  syncProfileRole: boolean;
  /** `type`/`category` values and tags (any case, with or without `type/`) that mark a person note. */
  personMarkers: string[];
  /** Every note in the people folder is a person note, marked or not. */
  peopleFolderMarksPeople: boolean;
  /** Where a new note keeps its contact details: the contact table, or Properties. */
  newNoteContacts: "table" | "properties";
  /** The calendars the panel lists today's meetings from. */
  calendars: CalendarSetting[];
  /** Minutes between refreshes of today's meetings. */
  calendarRefreshMinutes: number;
  /** "Extract recap with your model": off until the user turns it on. */
  modelEnabled: boolean;
  /** The OpenAI-compatible server's base URL (`http://localhost:11434/v1`); empty until set. */
  modelBaseUrl: string;
  /** The model to ask, as the server names it. */
  modelName: string;
  /** The id of the secret (Obsidian's secret storage) holding the API key: never the key itself. */
  modelKeySecret: string;
  /** Seconds to wait for the model's answer. */
  modelTimeoutSeconds: number;
  /** Which version wrote the stored settings: before 2, `dateFormat` was a date-fns pattern. */
  settingsVersion: number;
}

/**
 * A calendar the panel reads: an ICS file in the vault, or a secret address. The address is a
 * credential: only the id of the secret that holds it (Obsidian's secret storage) is kept here.
 */
export interface CalendarSetting {
  name: string;
  source: "file" | "secret";
  /** The ICS file's vault path, for a file. */
  file: string;
  /** The secret's id in Obsidian's secret storage, for an address. */
  secret: string;
}

export const DEFAULT_SETTINGS: KithSettings = {
  peopleFolder: "People",
  meetingsFolder: "Meetings",
  projectFolders: ["Work/Projects", "Personal/Projects"],
  myName: "",
  myAliases: [],
  myEmails: [],
  headings: DEFAULT_HEADINGS,
  personType: PERSON_TYPE,
  recentContextCap: 0,
  summaryLength: 100,
  staleDays: 30,
  keyDateFields: [],
  dateFormat: "YYYY-MM-DD",
  includeDataview: true,
  templatePath: "",
  syncProfileRole: false,
  personMarkers: [...PERSON_MARKERS],
  peopleFolderMarksPeople: true,
  newNoteContacts: "table",
  calendars: [],
  calendarRefreshMinutes: 15,
  modelEnabled: false,
  modelBaseUrl: "",
  modelName: "",
  modelKeySecret: "",
  // A local model on a laptop is slow: two minutes, as the CLI waits.
  modelTimeoutSeconds: 120,
  settingsVersion: 2,
};

type PlainKey = Exclude<keyof KithSettings, "headings" | "settingsVersion">;
/** A setting as the settings tab names it: a top-level key, or `headings.<section>`. */
export type SettingKey = PlainKey | `headings.${SectionKey}`;

/** How input for a setting is read and checked. */
type Reader = (input: unknown, name: string) => string | string[] | number | boolean | CalendarSetting[];

// Characters a vault cannot hold in a file or folder name (the slash separates folders).
const FORBIDDEN_IN_PATH = /[\\:*?"<>|#^[\]]/;

function text(input: unknown, name: string): string {
  if (typeof input !== "string") throw invalid(`${name} must be text.`);
  return input.normalize("NFC").replace(/\s+/g, " ").trim();
}

function folder(input: unknown, name: string): string {
  const value = text(input, name).replace(/^\/+|\/+$/g, "").replace(/\/{2,}/g, "/");
  const bad = FORBIDDEN_IN_PATH.exec(value);
  if (bad) throw invalid(`${name}: "${value}" holds "${bad[0]}", which a vault cannot hold in a name.`);
  if (value.split("/").some((part) => part === "." || part === "..")) throw invalid(`${name}: "${value}" must be a folder inside the vault.`);
  return value;
}

/** A list given as an array, or as text separated by commas or line breaks (older versions, text fields). */
function list(input: unknown, name: string): string[] {
  const items = Array.isArray(input) ? input : typeof input === "string" ? input.split(/[,\n]/) : null;
  if (!items) throw invalid(`${name} must be a list.`);
  return items.map((item) => text(item, name)).filter((item) => item !== "");
}

/** An email as calendars compare them: lower case. */
function emailAddress(input: string, name: string): string {
  if (!/^[^\s@]+@[^\s@]+$/.test(input)) throw invalid(`${name}: "${input}" is not an email address.`);
  return input.toLowerCase();
}

/** A secret's id as Obsidian's secret storage takes it: lower-case letters and digits, with dashes. */
const SECRET_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One calendar of the list: a name, and a vault file or a secret's id (never the address itself). */
function calendar(input: unknown, name: string): CalendarSetting {
  if (!isRecord(input)) throw invalid(`${name}: each calendar must have a name and a source.`);
  const label = required(text(input.name ?? "", name), `${name}: a calendar's name`);
  const source = oneOf(input.source ?? "file", `${name}: "${label}"'s source`, ["file", "secret"]) as CalendarSetting["source"];
  const file = folder(input.file ?? "", name);
  const secret = text(input.secret ?? "", name);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(secret)) throw invalid(`${name}: "${label}" keeps an address, not a secret's name: put the address in Obsidian's secret storage.`);
  if (secret !== "" && !SECRET_ID.test(secret)) throw invalid(`${name}: "${label}"'s secret "${secret}" is not a secret's name (lower-case letters, digits and dashes).`);
  return { name: label, source, file, secret };
}

/** A model server's base URL, or empty: http(s), no query, and no credentials in it (the key lives in secret storage). */
function modelBaseUrl(input: unknown, name: string): string {
  const value = text(input, name).replace(/\/+$/, "");
  if (value === "") return value;
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/i.test(value)) throw invalid(`${name}: "${value}" is not a server's base URL (such as http://localhost:11434/v1).`);
  if (/^https?:\/\/[^/]*@/i.test(value)) throw invalid(`${name}: the address holds a user or password; give the key in the API key setting instead.`);
  return value;
}

/** The API key's secret id; a key pasted here by mistake is refused, so data.json never keeps one. */
function modelKeySecret(input: unknown, name: string): string {
  const value = text(input, name);
  if (/^sk-/i.test(value) || value.length > 64) throw invalid(`${name}: that looks like an API key, not a secret's name: keep the key in Obsidian's secret storage.`);
  if (value !== "" && !SECRET_ID.test(value)) throw invalid(`${name}: "${value}" is not a secret's name (lower-case letters, digits and dashes).`);
  return value;
}

function wholeNumber(input: unknown, name: string, min: number): number {
  const n = typeof input === "number" ? input : typeof input === "string" && /^\s*-?\d+\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isInteger(n)) throw invalid(`${name} must be a whole number.`);
  if (n < min) throw invalid(`${name} must be ${min === 0 ? "0 or more" : `at least ${min}`}.`);
  return n;
}

function toggle(input: unknown, name: string): boolean {
  if (typeof input === "boolean") return input;
  if (input === "true" || input === "false") return input === "true";
  throw invalid(`${name} must be on or off.`);
}

const READERS: Record<PlainKey, Reader> = {
  peopleFolder: folder,
  meetingsFolder: folder,
  projectFolders: (input, name) => list(input, name).map((f) => folder(f, name)),
  myName: text,
  myAliases: list,
  myEmails: (input, name) => list(input, name).map((email) => emailAddress(email, name)),
  personType: (input, name) => required(text(input, name), name),
  recentContextCap: (input, name) => wholeNumber(input, name, 0),
  summaryLength: (input, name) => wholeNumber(input, name, 1),
  staleDays: (input, name) => wholeNumber(input, name, 1),
  keyDateFields: list,
  dateFormat: (input, name) => checkDateFormat(required(text(input, name), name), name),
  includeDataview: toggle,
  templatePath: (input, name) => {
    const path = folder(input, name);
    return path === "" || /\.md$/i.test(path) ? path : `${path}.md`;
  },
  syncProfileRole: toggle,
  personMarkers: list,
  peopleFolderMarksPeople: toggle,
  newNoteContacts: (input, name) => oneOf(input, name, ["table", "properties"]),
  calendars: (input, name) => {
    if (!Array.isArray(input)) throw invalid(`${name} must be a list.`);
    return input.map((item) => calendar(item, name));
  },
  calendarRefreshMinutes: (input, name) => wholeNumber(input, name, 1),
  modelEnabled: toggle,
  modelBaseUrl,
  modelName: text,
  modelKeySecret,
  modelTimeoutSeconds: (input, name) => wholeNumber(input, name, 1),
};

function oneOf(input: unknown, name: string, choices: readonly string[]): string {
  const value = text(input, name).toLowerCase();
  if (!choices.includes(value)) throw invalid(`${name} must be one of: ${choices.join(", ")}.`);
  return value;
}

function heading(input: unknown, name: string): string {
  const value = required(text(input, name), name);
  if (value.startsWith("#")) throw invalid(`${name}: write the heading without its #.`);
  return value;
}

function required(value: string, name: string): string {
  if (value === "") throw invalid(`${name} cannot be empty.`);
  return value;
}

function invalid(message: string): KithError {
  return new KithError("invalid-value", message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sectionOf(key: SettingKey): SectionKey | null {
  return key.startsWith("headings.") ? (key.slice("headings.".length) as SectionKey) : null;
}

/** Every key the settings tab can show, headings included. */
export const SETTING_KEYS: readonly SettingKey[] = [
  ...(Object.keys(READERS) as PlainKey[]),
  ...(Object.keys(DEFAULT_HEADINGS) as SectionKey[]).map((k): SettingKey => `headings.${k}`),
];

/** A setting's value as an input shows it: lists as `a, b`. */
export function settingValue(settings: KithSettings, key: SettingKey): string | number | boolean {
  const section = sectionOf(key);
  const value = section ? settings.headings[section] : settings[key as PlainKey];
  return Array.isArray(value) ? value.map((v: string | CalendarSetting) => (typeof v === "string" ? v : v.name)).join(", ") : value;
}

/**
 * Settings with one value changed, read from what the user typed; a bad value (a negative
 * number, a folder name a vault cannot hold, a heading another section already uses) is
 * refused with a KithError saying why, and the settings passed in stay as they are.
 */
export function updateSetting(settings: KithSettings, key: SettingKey, input: unknown, name: string = key): KithSettings {
  const section = sectionOf(key);
  if (!section) return { ...settings, [key]: readPlain(key as PlainKey, input, name) };
  if (!(section in DEFAULT_HEADINGS)) throw invalid(`Unknown setting ${key}.`);
  const value = heading(input, name);
  const clash = (Object.keys(settings.headings) as SectionKey[]).find(
    (other) => other !== section && settings.headings[other].toLowerCase() === value.toLowerCase(),
  );
  if (clash) throw invalid(`${name}: "${value}" is already the heading of another section.`);
  return { ...settings, headings: { ...settings.headings, [section]: value } };
}

function readPlain(key: PlainKey, input: unknown, name: string): KithSettings[PlainKey] {
  const reader = READERS[key] as Reader | undefined;
  if (!reader) throw invalid(`Unknown setting ${key}.`);
  return reader(input, name);
}

/** Why a value would be refused, or null when it is fine (for inline validation). */
export function settingProblem(settings: KithSettings, key: SettingKey, input: unknown, name: string = key): string | null {
  const check = (): null => {
    updateSetting(settings, key, input, name);
    return null;
  };
  return orWhenRefused(check, (error) => error.message);
}

/** What `read` returns, or what `refused` makes of the KithError it throws (any other error passes). */
function orWhenRefused<T>(read: () => T, refused: (error: KithError) => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof KithError) return refused(error);
    throw error;
  }
}

/**
 * Settings from stored data of any version: each known key is read the way the settings tab
 * reads input, so a key an older version did not have, or a value that is no longer valid,
 * gets the default; lists an older version kept as text are split, and a date format an older
 * version kept as a date-fns pattern is written in Moment's tokens.
 */
export function loadSettings(data: unknown): KithSettings {
  // A deep copy of plain data (structuredClone is missing on older iOS and in the bench's sandbox).
  const settings: KithSettings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as KithSettings;
  if (!isRecord(data)) return settings;
  const olderDateFormat = !(Number(data.settingsVersion) >= 2) && typeof data.dateFormat === "string";
  const stored = olderDateFormat ? { ...data, dateFormat: dateFnsToMoment(String(data.dateFormat)) ?? undefined } : data;
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(READERS) as PlainKey[]) {
    if (stored[key] !== undefined) target[key] = orWhenRefused(() => readPlain(key, stored[key], key), () => target[key]);
  }
  const headings = isRecord(stored.headings) ? stored.headings : {};
  for (const key of Object.keys(DEFAULT_HEADINGS) as SectionKey[]) {
    const given = headings[key];
    if (given !== undefined) settings.headings[key] = orWhenRefused(() => heading(given, key), () => settings.headings[key]);
  }
  return settings;
}

/**
 * How to read person notes under these settings; `placeholders` are the template note's prompts
 * (templatePrompts), `templateFolders` the vault's template folders (templateFolders).
 */
export function personRules(settings: KithSettings, placeholders: readonly string[] = [], templateFolders: readonly string[] = []): PersonRules {
  return {
    headings: settings.headings,
    personType: settings.personType,
    markers: settings.personMarkers,
    peopleFolder: settings.peopleFolder,
    peopleFolderMarksPeople: settings.peopleFolderMarksPeople,
    templateFolders,
    placeholders,
    keyDateFields: settings.keyDateFields,
  };
}
