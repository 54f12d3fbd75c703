import { Modal, Notice, Setting, type App } from "obsidian";
import type { PasteOptions } from "../../core/recap/paste";
import { readPastedText, type RecapReading } from "./recap-reading";

/**
 * "Paste recap": the text a meeting tool wrote (Zoom, Meet, Teams, Otter, Fireflies,
 * Fathom, Granola, an email), or a transcript, is read into the form's fields for the user to check.
 */
export class PasteRecapModal extends Modal {
  // Read when the user asks, so what is on the screen is what is read, however it got there.
  private areaEl: HTMLTextAreaElement | null = null;

  constructor(
    app: App,
    private readonly meetingDate: string,
    /**
     * The vault's people and the user: names in the prose are matched to them, and the user is
     * never a new person. Asked for when the text is read, so the people index is as of then.
     */
    private readonly knowledge: () => Pick<PasteOptions, "knownPeople" | "me">,
    private readonly onRead: (reading: RecapReading) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Paste recap");
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName("Meeting tool text")
      .setDesc("Paste the summary your meeting tool wrote, or a transcript; Kith fills in the form for you to check.")
      .addTextArea((area) => {
        area.inputEl.rows = 12;
        area.inputEl.addClass("kith-paste-area");
        area.inputEl.setAttribute("aria-label", "Meeting tool text");
        this.areaEl = area.inputEl;
        window.setTimeout(() => area.inputEl.focus(), 0);
      });
    new Setting(contentEl).addButton((b) => b.setButtonText("Fill in the form").setCta().onClick(() => this.read()));
  }

  private read(): void {
    const text = this.areaEl?.value ?? "";
    if (text.trim() === "") {
      new Notice("Paste the meeting tool's text first.");
      return;
    }
    const reading = readPastedText(text, this.meetingDate, this.knowledge());
    this.close();
    this.onRead(reading);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
