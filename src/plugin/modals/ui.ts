import type { NoteChange, PersonEntry } from "../../core";

/** One option of a picker. */
export interface Choice<T> {
  value: T;
  label: string;
  detail?: string;
}

/** A button on a row of a list (open, mark reviewed, snooze...). */
export interface RowAction {
  label: string;
  run: () => Promise<void>;
}

export interface ActionRow {
  title: string;
  detail: string;
  actions: RowAction[];
}

/** What the log interaction form asks for. */
export interface InteractionInput {
  date: string;
  summary: string;
  via: string;
  people: PersonEntry[];
}

/**
 * Everything a command asks the user or shows them. Commands depend on this, not on modals,
 * so tests drive them with scripted answers; the plugin passes the modal implementation.
 */
export interface KithUi {
  notice(message: string): void;
  /** A line of text; null when dismissed. */
  prompt(title: string, options?: { value?: string; placeholder?: string }): Promise<string | null>;
  /** A person from the people index, fuzzy; null when dismissed. */
  pickPerson(placeholder: string, exclude?: readonly string[]): Promise<PersonEntry | null>;
  pick<T>(placeholder: string, choices: Choice<T>[]): Promise<T | null>;
  /** Shows each note's change and asks before anything is written. */
  confirm(title: string, changes: NoteChange[], action: string): Promise<boolean>;
  interaction(initial: InteractionInput): Promise<InteractionInput | null>;
  /** A list of rows, each with its buttons; `empty` when there are none. */
  rows(title: string, rows: ActionRow[], empty: string): void;
  open(path: string): Promise<void>;
}
