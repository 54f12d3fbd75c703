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
  /** Waits for the panel's debounced refresh. */
  settle(): Promise<void>;
}

declare global {
  interface Window {
    kithPreview?: KithPreview;
    kithPreviewError?: string;
  }
}
