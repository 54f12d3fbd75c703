import { Modal, Notice, Setting, type App } from "obsidian";
import type { Recap } from "../../core";
import { parsePastedRecap } from "../../core/recap/paste";

/**
 * "Paste recap": the text a meeting tool wrote (Zoom, Meet, Teams, Otter, Fireflies,
 * Fathom, Granola, an email) is read into the form's fields for the user to check.
 */
export class PasteRecapModal extends Modal {
  private text = "";

  constructor(
    app: App,
    private readonly meetingDate: string,
    private readonly onRead: (recap: Recap) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Paste recap");
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName("Meeting tool text")
      .setDesc("Paste the summary your meeting tool wrote; Kith fills in the form for you to check.")
      .addTextArea((area) => {
        area.inputEl.rows = 12;
        area.inputEl.addClass("kith-paste-area");
        area.onChange((v) => (this.text = v));
        window.setTimeout(() => area.inputEl.focus(), 0);
      });
    new Setting(contentEl).addButton((b) => b.setButtonText("Fill in the form").setCta().onClick(() => this.read()));
  }

  private read(): void {
    if (this.text.trim() === "") {
      new Notice("Paste the meeting tool's text first.");
      return;
    }
    const pasted = parsePastedRecap(this.text, { meetingDate: this.meetingDate || null });
    for (const warning of pasted.warnings) new Notice(warning, 10000);
    const { warnings: _warnings, ...recap } = pasted;
    this.close();
    this.onRead({ ...recap, date: recap.date ?? (this.meetingDate || null) });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
