import { Modal, Notice, Setting, type App } from "obsidian";

/** What the user gives the model: the meeting's text and who likely attended. */
export interface MeetingText {
  text: string;
  /** The likely attendees as the user left them; empty: read from the text. */
  attendees: string[];
}

/**
 * The first step of "Extract recap with your model": the meeting's text (the active note's,
 * when there is one, for the user to cut or replace) and the likely attendees. Nothing is sent
 * from here: the next step shows the request.
 */
export class MeetingTextModal extends Modal {
  // Read when the user goes on, so what is on the screen is what is sent, however it got there.
  private areaEl: HTMLTextAreaElement | null = null;
  private attendeesEl: HTMLInputElement | null = null;

  constructor(
    app: App,
    private readonly initial: MeetingText,
    private readonly onNext: (given: MeetingText) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Extract recap with your model");
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName("Meeting text")
      .setDesc("A transcript, your meeting tool's summary or your notes. You see the request before anything is sent.")
      .addTextArea((area) => {
        area.inputEl.rows = 12;
        area.inputEl.addClass("kith-paste-area");
        area.inputEl.setAttribute("aria-label", "Meeting text");
        area.setValue(this.initial.text);
        this.areaEl = area.inputEl;
        window.setTimeout(() => area.inputEl.focus(), 0);
      });
    new Setting(contentEl)
      .setName("Likely attendees")
      .setDesc("Separated by commas. Left empty, the names the text gives are sent.")
      .addText((text) => {
        text.setValue(this.initial.attendees.join(", "));
        text.inputEl.setAttribute("aria-label", "Likely attendees");
        this.attendeesEl = text.inputEl;
      });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) => b.setButtonText("Show the request").setCta().onClick(() => this.next()));
  }

  private next(): void {
    const text = this.areaEl?.value ?? "";
    if (text.trim() === "") {
      new Notice("Give the meeting's text first.");
      return;
    }
    const attendees = (this.attendeesEl?.value ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    this.close();
    this.onNext({ text, attendees });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
