import type { KithSettings, PeopleIndex } from "../../../core";
import type { TaskIndex } from "../../../core/tasks";
import type { ContactStatus, FrontmatterLike } from "./contact-status";
import type { ProjectIndex } from "./project-index";

/** What the panel shows, as plain data: built from the indexes and the active note's text. */
export type PanelModel = PersonModel | MeetingModel | NoteModel | EmptyModel | UnreadableModel;

export interface TaskItem {
  path: string;
  line: number;
  /** The line as written, so completing it can re-check it. */
  raw: string;
  description: string;
  due: string | null;
  /** The due date in the user's date format. */
  dueText: string | null;
  overdue: boolean;
  /** A due value that is no calendar date (`2022-02-29`), shown as such; `due` is then null. */
  dueInvalid: string | null;
  /** `[/]`: started (Tasks' IN_PROGRESS). */
  inProgress: boolean;
  recurring: boolean;
  /** The note the task is in (file name). */
  source: string;
}

export interface TimelineItem {
  date: string | null;
  /** The date in the user's date format. */
  dateText: string | null;
  /** The link target to open, or null for a line without a note. */
  link: string | null;
  /** What the link shows: its alias, else the note's title without the date prefix. */
  linkText: string | null;
  summary: string;
  via: string | null;
}

export interface ContactField {
  field: string;
  /** The first value (the one an edit replaces); a list property's others are in `more`. */
  value: string | null;
  more?: string[];
  /** `mailto:` for an email, `tel:` for a phone number. */
  href?: string;
}

export interface NoteRef {
  path: string;
  name: string;
}

/** A person in a compact card (meeting attendees, people a note mentions). */
export interface PersonCard {
  path: string;
  name: string;
  role: string | null;
  company: string | null;
  status: ContactStatus;
  openTasks: number;
}

export interface PersonModel {
  kind: "person";
  path: string;
  name: string;
  role: string | null;
  company: string | null;
  status: ContactStatus;
  needsReview: boolean;
  /** The person's next key date within a year, in words (`Birthday, turns 36: 2 Apr 2026 (in 8 days)`), or null. */
  nextDate: string | null;
  contact: ContactField[];
  keyFacts: string[];
  keyDecisions: string[];
  topics: string[];
  timeline: TimelineItem[];
  handle: string;
  openTasks: TaskItem[];
  ownedTasks: TaskItem[];
  projects: NoteRef[];
}

export interface MeetingModel {
  kind: "meeting";
  path: string;
  title: string;
  date: string | null;
  attendees: PersonCard[];
  /** Attendees without a person note (or more than one), by name. */
  unmatched: string[];
  /** Every matched attendee's Recent Context links this meeting. */
  applied: boolean;
  /** Matched attendees whose Recent Context does not link it yet. */
  pending: string[];
  /** The recap feature is there to apply it. */
  canApply: boolean;
}

export interface NoteModel {
  kind: "note";
  path: string;
  /** People the note links to or names, in order of first appearance. */
  people: PersonCard[];
}

export interface EmptyModel {
  kind: "empty";
}

/** A note the panel cannot read (malformed frontmatter): say so instead of guessing. */
export interface UnreadableModel {
  kind: "unreadable";
  path: string;
  message: string;
}

/** Everything the models are built from; the plugin fills it from its indexes and the metadata cache. */
export interface PanelSources {
  settings: KithSettings;
  /** The template note's prompt lines, read as empty like the layout's own. */
  templatePrompts: readonly string[];
  /** The vault's template folders: their notes are never people. */
  templateFolders: readonly string[];
  today: string;
  people: PeopleIndex;
  tasks: TaskIndex;
  projects: ProjectIndex;
  /** A note's frontmatter from the metadata cache (no file read), or null. */
  frontmatterOf(path: string): FrontmatterLike | null;
  /** Link keys (`linkTargetKey`) of the links in a person note's Recent and Older Context. */
  contextLinksOf(path: string): ReadonlySet<string>;
  /** Whether a recap can be applied from the panel (the recap feature is loaded). */
  canApplyRecap: boolean;
}
