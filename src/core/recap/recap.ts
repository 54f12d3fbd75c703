/**
 * A meeting recap as plain data: what one meeting note holds (or what a meeting tool's text
 * was read into), before anyone's person note is touched.
 */
export interface ActionItem {
  text: string;
  /** The owner's full name (an attendee where one matches), or null. */
  owner: string | null;
  /** `YYYY-MM-DD`, or null. */
  due: string | null;
}

export interface Recap {
  /** `YYYY-MM-DD`; null when unknown (a pasted text without a sure date). */
  date: string | null;
  title: string;
  /** Names as written (plain names or `[[links]]` resolved to their text). */
  attendees: string[];
  /**
   * People the meeting talked about but who were not at it (an email's Cc, "loop in Hana Sato"):
   * listed in the meeting note, never given its context line or facts. Absent when none.
   */
  mentioned?: string[];
  /**
   * Attendee name (as in `attendees`) -> their email, where one is known (a calendar invite's):
   * matched first, and written into a new person's note. Absent when none is known.
   */
  emails?: Record<string, string>;
  /** The person, project or account the meeting is filed under. */
  via: string | null;
  summary: string;
  /** `Name: fact` belongs to that attendee only; any other fact to every attendee. */
  facts: string[];
  decisions: string[];
  topics: string[];
  actions: ActionItem[];
  tags: string[];
  /** The transcript the meeting note links to (its vault path), when the recap came from one. */
  transcript?: string;
}

/** What "Paste recap" read from a meeting tool's text, for the user to check. */
export interface PastedRecap extends Recap {
  /** Things the user must confirm: a date without a year or in an ambiguous order, and the like. */
  warnings: string[];
}

export function emptyRecap(): Recap {
  return { date: null, title: "", attendees: [], via: null, summary: "", facts: [], decisions: [], topics: [], actions: [], tags: [] };
}
