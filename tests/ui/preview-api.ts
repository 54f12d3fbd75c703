/** What the browser preview (scripts/ui/preview.ts) offers the UI test on `window`. */
export interface KithPreview {
  open(path: string | null): Promise<void>;
  read(path: string): Promise<string>;
  /** Notes opened through the panel (links, cards, task sources). */
  opened: string[];
  /** Meetings the "Apply recap" button was pressed for. */
  applied: string[];
  /** Opens the recap form as the "Add meeting recap" command does. */
  openRecapModal(): void;
  /** Runs "Import contacts" (its file picker first); resolves when the import is done or cancelled. */
  importContacts(): Promise<void>;
  /** Runs "Extract recap with your model", requestUrl answering with tests/fixtures/extract/completion-good.json. */
  extractRecap(): Promise<void>;
  /** Opens the settings' "Your model" section in a modal (the settings window's stand-in). */
  showModelSettings(): void;
  /** The addresses the stubbed requestUrl was asked. */
  requested: string[];
  /** Waits for the panel's debounced refresh. */
  settle(): Promise<void>;
}

/** What the people view's preview (`index.html#people-view`) offers tests/ui/people-view.ui.ts. */
export interface KithPeopleViewPreview {
  /** Notes opened from the view (click or Enter). */
  opened: string[];
  /** Tells the view its leaf changed size, as Obsidian does. */
  resized(): void;
}

/** What the meetings preview (`index.html#meetings`) offers tests/ui/meetings.ui.ts. */
export interface KithMeetingsPreview {
  /** Meetings clicked in the list (their titles). */
  started: string[];
  open(path: string | null): Promise<void>;
}

declare global {
  interface Window {
    kithMeetings?: KithMeetingsPreview;
    kithPreview?: KithPreview;
    kithPeopleView?: KithPeopleViewPreview;
    kithPreviewError?: string;
  }
}
