import { Modal, Setting } from "obsidian";

/**
 * A modal that shows what an operation will do and asks before anything is written: `ask()`
 * resolves true only on the action button, false on Cancel, Escape or a click outside.
 */
export abstract class ConfirmModal extends Modal {
  private confirmed = false;
  private settle: (value: boolean) => void = () => undefined;

  ask(): Promise<boolean> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.open();
    });
  }

  /** Cancel and the action button, at the foot; with nothing to do, only a Close button does anything. */
  protected addButtons(action: string, nothingToDo = false): void {
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(nothingToDo ? "Close" : "Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(action)
          .setCta()
          .setDisabled(nothingToDo)
          .onClick(() => {
            this.confirmed = true;
            this.close();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
    this.settle(this.confirmed);
  }
}
