import { debounce, type App } from "obsidian";
import { isKithError, type KithSettings } from "../../core";
import { calendarProblem, localZone, mergeMeetings, readCalendar, todaysMeetings, type TodayMeeting } from "../../core/calendar";
import { readCalendarSource, type CalendarRequest } from "./calendar-source";

/** How long settings edits must pause before the calendars are read again. */
const SETTLE_MS = 1000;

/** What the panel shows of today's calendars. */
export interface MeetingsState {
  /** How many calendars the settings name: none, and the panel shows no meetings section. */
  calendars: number;
  /** Whether a refresh has finished since the calendars were set. */
  loaded: boolean;
  meetings: TodayMeeting[];
  /** One sentence for each calendar that could not be read, naming it. */
  problems: string[];
}

export interface MeetingsDeps {
  app: App;
  settings: () => KithSettings;
  request?: CalendarRequest;
  /** The clock and the device's zone (tests and the preview fix them). */
  now?: () => number;
  zone?: () => string;
}

/** Lets the UI draw between two calendars: parsing a large one takes a while. */
const nextTask = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

/**
 * Today's meetings of the calendars in the settings: read on `refresh`, kept here (not in a
 * view or a module variable), and announced to listeners. A calendar that cannot be read
 * gives a message naming it; the others still show.
 */
export class TodaysMeetings {
  private state: MeetingsState = { calendars: 0, loaded: false, meetings: [], problems: [] };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  /** When the last refresh started (ms since the epoch); 0 before the first. */
  lastRefresh = 0;

  constructor(private readonly deps: MeetingsDeps) {}

  get current(): MeetingsState {
    return this.state;
  }

  /** Calls `listener` after each refresh; returns what unsubscribes it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads every calendar again. Does nothing before the layout is ready (the plugin's
   * onLayoutReady starts the first); a refresh asked for while one runs runs once after it.
   */
  refresh(): Promise<void> {
    if (!this.deps.app.workspace.layoutReady) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.read().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  /** A refresh once the settings stop changing (typed key by key, they would read every calendar at each key). */
  readonly refreshSoon = debounce(() => void this.refresh(), SETTLE_MS, true);

  /** Whether the interval has passed since the last refresh. */
  due(now: number = this.now()): boolean {
    return now - this.lastRefresh >= this.deps.settings().calendarRefreshMinutes * 60_000;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private async read(): Promise<void> {
    const settings = this.deps.settings();
    const now = this.now();
    const zone = this.deps.zone?.() ?? localZone();
    this.lastRefresh = now;
    const lists: TodayMeeting[][] = [];
    const problems: string[] = [];
    for (const calendar of settings.calendars) {
      try {
        const text = await readCalendarSource(this.deps.app, calendar, this.deps.request);
        if (!text.ok) {
          problems.push(text.message);
          continue;
        }
        await nextTask();
        lists.push(todaysMeetings(readCalendar(text.text, `"${calendar.name}"`), calendar.name, { zone, now, myEmails: settings.myEmails }));
      } catch (error) {
        problems.push(isKithError(error) ? error.message : calendarProblem.unreadable(calendar.name, error instanceof Error ? error.message : String(error)));
      }
    }
    this.state = { calendars: settings.calendars.length, loaded: true, meetings: mergeMeetings(lists), problems };
    for (const listener of this.listeners) listener();
  }
}
