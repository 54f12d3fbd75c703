import { Setting, type App } from "obsidian";
import { ConfirmModal } from "./confirm-modal";
import { changedLines, type NoteChange } from "../../core";

/** What happens to one note, in words, when there is no line diff to show. */
function summary(change: NoteChange): string | null {
  if (change.after === null) return "Moves to the trash.";
  if (change.before === null) return "New note.";
  return null;
}

/**
 * Shows what an operation will write, note by note (removed and added lines), and asks
 * before anything is written: resolves true only on the action button.
 */
export class ConfirmDiffModal extends ConfirmModal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly changes: NoteChange[],
    private readonly action: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    for (const change of this.changes) this.renderChange(change);
    this.addButtons(this.action);
  }

  private renderChange(change: NoteChange): void {
    new Setting(this.contentEl).setName(change.path).setHeading();
    const words = summary(change);
    if (words) {
      this.contentEl.createEl("p", { text: words });
      return;
    }
    const lines = changedLines(change.before ?? "", change.after ?? "");
    const pre = this.contentEl.createEl("pre", { cls: "kith-diff" });
    if (!lines) {
      pre.createDiv({ text: "Too many changed lines to show." });
      return;
    }
    for (const line of lines) {
      pre.createDiv({ text: `${line.kind} ${line.text}`, cls: line.kind === "+" ? "kith-diff-added" : "kith-diff-removed" });
    }
  }
}
