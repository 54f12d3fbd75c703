import { Notice, TFile, type App } from "obsidian";
import {
  addKeyDecision,
  addKeyFact,
  isKithError,
  markReviewed,
  removeKeyDecision,
  removeKeyFact,
  replaceKeyFact,
  setContactField,
  type NoteEdit,
} from "../../core";
import { completeTask } from "../../core/tasks";
import type { KithHost } from "../host";
import type { PanelActions } from "./actions";
import type { TaskItem } from "./model/panel-model";
import { recapApplier } from "./sources";

/**
 * The panel's actions on the vault: each edit is one `store.process` running a core edit on
 * the note's current text; a refusal (KithError) becomes a notice and writes nothing.
 * `written` hears about each write, so the panel can show it without waiting for the cache.
 */
export function storeActions(app: App, plugin: KithHost, written: (path: string, text: string) => void): PanelActions {
  const ctx = () => ({ today: plugin.today(), headings: plugin.settings.headings });

  async function edit(path: string, change: NoteEdit): Promise<boolean> {
    try {
      const result = await plugin.store.process(path, change);
      if (result.changed) written(result.path, result.after);
      return true;
    } catch (error) {
      if (!isKithError(error)) throw error;
      new Notice(error.message);
      return false;
    }
  }

  function openTask(task: TaskItem): void {
    const file = app.vault.getFileByPath(task.path);
    if (file) void app.workspace.getLeaf(false).openFile(file, { eState: { line: task.line } });
  }

  return {
    setContactField: (path, field, value) =>
      edit(path, (text) => setContactField(text, field, value, { ...ctx(), syncProfileRole: plugin.settings.syncProfileRole })),
    addKeyFact: (path, fact) => edit(path, (text) => addKeyFact(text, fact, ctx())),
    editKeyFact: (path, fact, replacement) => edit(path, (text) => replaceKeyFact(text, fact, replacement, ctx())),
    removeKeyFact: (path, fact) => edit(path, (text) => removeKeyFact(text, fact, ctx())),
    addKeyDecision: (path, decision) => edit(path, (text) => addKeyDecision(text, decision, ctx())),
    removeKeyDecision: (path, decision) => edit(path, (text) => removeKeyDecision(text, decision, ctx())),
    markReviewed: (path) => edit(path, (text) => markReviewed(text, ctx())),
    completeTask: (task) => {
      // Tasks owns recurrence: completing here would not create the next occurrence.
      if (task.recurring) {
        openTask(task);
        return Promise.resolve(false);
      }
      return edit(task.path, (text) => completeTask(text, task.line, task.raw, plugin.today()));
    },
    openTask,
    openNote: (path, newTab) => {
      const file = app.vault.getFileByPath(path);
      if (file) void app.workspace.getLeaf(newTab).openFile(file);
    },
    openLink: (link, sourcePath, newTab) => void app.workspace.openLinkText(link, sourcePath, newTab),
    applyRecap: async (path) => {
      const apply = recapApplier(plugin);
      const file = app.vault.getFileByPath(path);
      if (!apply || !(file instanceof TFile)) return false;
      await apply(file);
      return true;
    },
  };
}
