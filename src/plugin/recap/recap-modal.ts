import { Modal, Notice, Setting, type App, type TextAreaComponent } from "obsidian";
import { fieldsFromRecap, isKithError, recapFromFields, type Recap, type RecapFields } from "../../core";
import type { KithHost } from "../host";
import { AttendeeInput, attachNameSuggest } from "./attendee-input";
import { PasteRecapModal } from "./paste-modal";
import { RecapPreviewModal } from "./preview-modal";
import type { RecapService } from "./recap-service";

type TextField = "summary" | "facts" | "decisions" | "actions";
type InputField = Exclude<keyof RecapFields, "attendees">;

const AREAS: Array<{ key: TextField; name: string; desc: string }> = [
  { key: "summary", name: "Summary", desc: "What the meeting was about: the Recent Context line of every attendee." },
  { key: "facts", name: "Key facts", desc: "One a line. Start with a name (Dana: …) for one attendee only." },
  { key: "decisions", name: "Decisions", desc: "One a line. Start with a name for one attendee only." },
  { key: "actions", name: "Action items", desc: "One a line: Dana: send the sizing 📅 2026-03-10." },
];

/**
 * The recap form: date, title, attendees, via, summary, facts, decisions, topics, actions.
 * Every field is reachable with Tab; Mod+Enter (or the Preview button) shows the plan.
 */
export class RecapModal extends Modal {
  private readonly fields: RecapFields;
  // Values are read from the inputs when the user asks for the preview, so what is on the
  // screen is what is planned, however the text got there (typing, pasting, autofill).
  private readonly inputs = new Map<InputField, HTMLInputElement | HTMLTextAreaElement>();
  private errorEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly plugin: KithHost,
    private readonly service: RecapService,
    initial?: Recap,
    /** The meeting note the recap is of, when it already exists (started from a calendar event): it is not written again. */
    private readonly meetingPath?: string,
  ) {
    super(app);
    this.fields = initial
      ? fieldsFromRecap(initial)
      : { date: plugin.today(), title: "", attendees: [], via: "", summary: "", facts: "", decisions: "", topics: "", actions: "" };
    this.scope.register(["Mod"], "Enter", () => {
      void this.preview();
      return false;
    });
  }

  override onOpen(): void {
    this.setTitle("Add meeting recap");
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("kith-recap-form");
    const index = () => this.plugin.people.index;

    new Setting(contentEl).setName("Date").addText((text) => {
      text.inputEl.type = "date";
      text.setValue(this.fields.date);
      this.track("date", "Date", text.inputEl);
    });
    new Setting(contentEl).setName("Title").addText((text) => {
      text.setPlaceholder("Pilot scoping call").setValue(this.fields.title);
      this.track("title", "Title", text.inputEl);
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    const attendees = new Setting(contentEl).setName("Attendees").setDesc("Known people are suggested; a new name becomes a new person note.");
    new AttendeeInput(this.app, attendees.controlEl, this.fields.attendees, index);
    new Setting(contentEl)
      .setName("Via")
      .setDesc("The person, project or account the meeting is filed under.")
      .addText((text) => {
        text.setValue(this.fields.via);
        this.track("via", "Via", text.inputEl);
        attachNameSuggest(this.app, text.inputEl, index, (name) => {
          text.setValue(name);
        });
      });
    for (const area of AREAS) this.addArea(area);
    new Setting(contentEl)
      .setName("Topics")
      .setDesc("Comma-separated.")
      .addText((text) => {
        text.setValue(this.fields.topics);
        this.track("topics", "Topics", text.inputEl);
      });

    this.errorEl = contentEl.createDiv({ cls: "kith-form-error", attr: { role: "alert" } });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Paste recap…").onClick(() => this.paste()))
      .addButton((b) => b.setButtonText("Preview").setCta().onClick(() => void this.preview()));
  }

  private addArea(area: { key: TextField; name: string; desc: string }): void {
    new Setting(this.contentEl)
      .setName(area.name)
      .setDesc(area.desc)
      .addTextArea((text: TextAreaComponent) => {
        text.inputEl.rows = area.key === "summary" ? 3 : 4;
        text.setValue(this.fields[area.key]);
        this.track(area.key, area.name, text.inputEl);
      });
  }

  /** Opens "Paste recap" over the form; what it reads refills the form. */
  openPaste(): void {
    this.paste();
  }

  /** Keeps an input for reading at preview time; its label doubles as its accessible name. */
  private track(key: InputField, name: string, input: HTMLInputElement | HTMLTextAreaElement): void {
    input.setAttribute("aria-label", name);
    this.inputs.set(key, input);
  }

  /** The form as it stands on screen. */
  private collect(): RecapFields {
    for (const [key, input] of this.inputs) this.fields[key] = input.value;
    return this.fields;
  }

  private paste(): void {
    this.collect();
    new PasteRecapModal(this.app, this.fields.date, (recap) => {
      this.close();
      new RecapModal(this.app, this.plugin, this.service, { ...recap, attendees: [...this.fields.attendees, ...recap.attendees] }, this.meetingPath).open();
    }).open();
  }

  private async preview(): Promise<void> {
    const recap = recapFromFields(this.collect());
    try {
      const plan = await this.service.plan(recap, this.meetingPath);
      this.close();
      new RecapPreviewModal(this.app, this.service, plan, this.meetingPath, (back) => new RecapModal(this.app, this.plugin, this.service, back, this.meetingPath).open()).open();
    } catch (error) {
      const message = isKithError(error) || error instanceof Error ? error.message : String(error);
      this.errorEl?.setText(message);
      new Notice(message);
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
