import { Modal, Setting, type App } from "obsidian";
import type { ActionRow } from "./ui";

/** A list of people (the review queue, stale contacts), each row with its buttons. */
export class ActionListModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly rows: ActionRow[],
    private readonly empty: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    if (this.rows.length === 0) this.contentEl.createEl("p", { text: this.empty });
    for (const row of this.rows) {
      const setting = new Setting(this.contentEl).setName(row.title).setDesc(row.detail);
      for (const action of row.actions) {
        setting.addButton((button) =>
          button.setButtonText(action.label).onClick(() => {
            // The action may open another modal or the note: this list steps aside first.
            this.close();
            void action.run();
          }),
        );
      }
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
