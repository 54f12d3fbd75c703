import type { TaskItem } from "./model/panel-model";

/**
 * What the panel can do. Renderers call these; the view implements them with the note store,
 * so every write is one `store.process` running a core edit.
 */
export interface PanelActions {
  setContactField(path: string, field: string, value: string): Promise<boolean>;
  addKeyFact(path: string, fact: string): Promise<boolean>;
  editKeyFact(path: string, fact: string, replacement: string): Promise<boolean>;
  removeKeyFact(path: string, fact: string): Promise<boolean>;
  addKeyDecision(path: string, decision: string): Promise<boolean>;
  removeKeyDecision(path: string, decision: string): Promise<boolean>;
  markReviewed(path: string): Promise<boolean>;
  /** Completes the task in its own note, or opens a recurring one at its line. */
  completeTask(task: TaskItem): Promise<boolean>;
  openTask(task: TaskItem): void;
  openNote(path: string, newTab: boolean): void;
  openLink(link: string, sourcePath: string, newTab: boolean): void;
  applyRecap(path: string): Promise<boolean>;
}
