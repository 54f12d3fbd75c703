import { Notice, type TFile } from "obsidian";
import { applyPlan, recapEditOptions, planRecap, readMeetingNote, undoRecap, type ApplyResult, type Recap, type RecapPlan } from "../../core";
import type { KithHost } from "../host";
import { UndoStore } from "./undo-store";

/** The user's answers for ambiguous attendees: who they are, or that they are new. */
export interface AttendeeChoices {
  mapping?: ReadonlyMap<string, string>;
  newPeople?: ReadonlySet<string>;
}

/** The user's answers, and whether the recap fills the existing meeting note it is of (the form opened on one). */
export interface PlanChoices extends AttendeeChoices {
  updateMeetingNote?: boolean;
}

/** Plans, applies and undoes recaps for the plugin: the core does the work, this wires it. */
export class RecapService {
  private readonly undoStore: UndoStore;

  constructor(private readonly plugin: KithHost) {
    this.undoStore = new UndoStore(plugin.app, plugin.manifest);
  }

  private editOptions() {
    const s = this.plugin.settings;
    return recapEditOptions(s, this.plugin.today(), this.plugin.templatePrompts);
  }

  /** What the recap would do; nothing is written. */
  async plan(recap: Recap, meetingPath?: string, choices: PlanChoices = {}): Promise<RecapPlan> {
    await this.plugin.indexer.ready;
    return planRecap(recap, {
      store: this.plugin.store,
      index: this.plugin.people.index,
      settings: this.plugin.settings,
      today: this.plugin.today(),
      meetingPath,
      updateMeetingNote: choices.updateMeetingNote,
      mapping: choices.mapping,
      newPeople: choices.newPeople,
      placeholders: this.plugin.templatePrompts,
      // What `[[name]]` reaches in this vault, as Obsidian resolves links.
      noteNamed: (fileName) => {
        const file = this.plugin.app.metadataCache.getFirstLinkpathDest(fileName, "");
        return file?.extension === "md" ? file.path : null;
      },
    });
  }

  async readMeetingNote(file: TFile): Promise<Recap> {
    return readMeetingNote(await this.plugin.app.vault.read(file), file.path);
  }

  async apply(plan: RecapPlan): Promise<ApplyResult> {
    const result = await this.undoStore.locked(() => applyPlan(plan, this.plugin.store, this.editOptions(), this.undoStore.writer()));
    new Notice(summarize(result));
    return result;
  }

  async undoLast(): Promise<void> {
    const undone = await this.undoStore.locked(async () => {
      const journal = await this.undoStore.load();
      if (!journal) return null;
      const result = await undoRecap(journal, this.plugin.store);
      await this.undoStore.clear();
      return { journal, result };
    });
    if (!undone) {
      new Notice("There is no recap to undo.");
      return;
    }
    const { journal, result } = undone;
    const undid = journal.complete ? "Undid the recap" : "Undid the recap, which had stopped part-way";
    const parts = [`${undid}: ${result.restored.length} restored, ${result.removed.length} removed.`];
    if (result.skipped.length > 0) parts.push(`Left as they are: ${result.skipped.map((s) => `${s.path} (${s.reason})`).join(", ")}.`);
    new Notice(parts.join(" "), 10000);
  }
}

/** `N updated, M created, K failed (with names)`. */
export function summarize(result: ApplyResult): string {
  const createdPeople = result.created.filter((p) => p !== result.undo.meetingPath).length;
  const parts = [`${result.updated.length} updated`, `${createdPeople} created`, `${result.failed.length} failed`];
  const failed = result.failed.map((f) => `${f.attendee}: ${f.error}`).join("; ");
  return `Recap applied: ${parts.join(", ")}.${failed ? ` Failed: ${failed}` : ""}`;
}
