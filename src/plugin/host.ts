import type { Plugin, TFile } from "obsidian";
import type { KithSettings } from "../core";
import type { TodayMeeting } from "../core/calendar";
import type { TodaysMeetings } from "./calendar/todays-meetings";
import type { PeopleFeed } from "./indexing/people-feed";
import type { VaultIndexer } from "./indexing/vault-indexer";
import type { ObsidianNoteStore } from "./obsidian-note-store";

/**
 * What commands, views and settings need of the plugin. They depend on this, not on main.ts,
 * so main.ts can import them without an import cycle.
 */
export interface KithHost extends Plugin {
  settings: KithSettings;
  store: ObsidianNoteStore;
  indexer: VaultIndexer;
  people: PeopleFeed;
  /** The template note's prompt lines, read as empty like the layout's own (kept current by watchTemplatePrompts). */
  templatePrompts: readonly string[];
  /** The vault's template folders (Templates' and Templater's settings): their notes are never people. */
  templateFolders: readonly string[];
  /** Set by the recap feature: previews applying a meeting note (the panel's button uses it). */
  applyMeetingNote?: (file: TFile) => Promise<void>;
  /** Set by the calendar feature: today's meetings (the panel lists them). */
  meetings?: TodaysMeetings;
  /** Set by the calendar feature: starts a meeting's note and opens the recap form on it. */
  startMeeting?: (meeting: TodayMeeting) => Promise<void>;
  /** Today's local date, `YYYY-MM-DD`: the clock every edit is stamped with. */
  today(): string;
  saveSettings(): Promise<void>;
}
