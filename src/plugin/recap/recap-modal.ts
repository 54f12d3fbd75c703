import { Modal, Notice, Setting, type App, type TextAreaComponent, type TFile } from "obsidian";
import { fieldsFromRecap, isKithError, nameKey, recapFromFields, type Recap, type RecapFields } from "../../core";
import { extractWithModel } from "../extract/extract-flow";
import type { KithHost } from "../host";
import { AttendeeInput, attachNameSuggest } from "./attendee-input";
import { PasteRecapModal } from "./paste-modal";
import { RecapPreviewModal } from "./preview-modal";
import type { RecapService } from "./recap-service";
import { mentionedApart, mergeRecaps, pasteKnowledge, readTranscriptFile, type RecapReading } from "./recap-reading";
import { TranscriptPickerModal } from "./transcript-picker";
import { renderWarningList } from "./warning-list";

type TextField = "summary" | "facts" | "decisions" | "actions";
type InputField = Exclude<keyof RecapFields, "attendees">;

const AREAS: Array<{ key: TextField; name: string; desc: string }> = [
  { key: "summary", name: "Summary", desc: "What the meeting was about: the Recent Context line of every attendee." },
  { key: "facts", name: "Key facts", desc: "One a line. Start with a name (Dana: …) for one attendee only." },
  { key: "decisions", name: "Decisions", desc: "One a line. Start with a name for one attendee only." },
  { key: "actions", name: "Action items", desc: "One a line: Dana: send the sizing 📅 2026-03-10." },
];

/** What the form shows beside its fields: what a reader left for the user to check or name. */
export type RecapFormNotes = Partial<Pick<RecapReading, "warnings" | "unnamedSpeakers">>;

/**
 * The recap form: date, title, attendees, people mentioned, via, summary, facts, decisions,
 * topics, actions; a reader's warnings above them and a row for each speaker a transcript
 * could not name. Every field is reachable with Tab; Mod+Enter (or the Preview button) shows the plan.
 */
export class RecapModal extends Modal {
  private readonly fields: RecapFields;
  // Values are read from the inputs when the user asks for the preview, so what is on the
  // screen is what is planned, however the text got there (typing, pasting, autofill).
  private readonly inputs = new Map<InputField, HTMLInputElement | HTMLTextAreaElement>();
  private errorEl: HTMLElement | null = null;
  /** What the fields do not hold, carried from the recap the form opened with to the plan. */
  private readonly mentioned: string[];
  private readonly emails: Record<string, string>;
  private readonly tags: string[];
  private transcript: string | null;
  private readonly warnings: string[];
  private readonly unnamedSpeakers: string[];
  /** Generic speaker -> the input where the user names them. */
  private readonly speakerInputs = new Map<string, HTMLInputElement>();

  constructor(
    app: App,
    private readonly plugin: KithHost,
    private readonly service: RecapService,
    initial?: Recap,
    /** The meeting note the recap is of, when it already exists (started from a calendar event): the recap fills it. */
    private readonly meetingPath?: string,
    notes: RecapFormNotes = {},
  ) {
    super(app);
    this.fields = initial
      ? fieldsFromRecap(initial)
      : { date: plugin.today(), title: "", attendees: [], via: "", summary: "", facts: "", decisions: "", topics: "", actions: "" };
    this.mentioned = [...(initial?.mentioned ?? [])];
    this.emails = { ...initial?.emails };
    this.tags = [...(initial?.tags ?? [])];
    this.transcript = initial?.transcript ?? null;
    this.warnings = [...new Set(notes.warnings ?? [])];
    this.unnamedSpeakers = [...new Set(notes.unnamedSpeakers ?? [])];
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
    renderWarningList(contentEl, "Check these before you preview:", this.warnings);

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
    for (const speaker of this.unnamedSpeakers) this.addSpeakerRow(speaker);
    const mentioned = new Setting(contentEl)
      .setName("Mentioned")
      .setDesc("Talked about but not at the meeting: the meeting note lists them; their notes are left as they are.");
    new AttendeeInput(this.app, mentioned.controlEl, this.mentioned, index, "Add mentioned person");
    if (this.transcript !== null) this.addTranscriptRow(this.transcript);
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
      .addButton((b) => b.setButtonText("Extract with your model…").onClick(() => this.extract()).buttonEl.toggle(this.plugin.settings.modelEnabled))
      .addButton((b) => b.setButtonText("From a transcript…").onClick(() => this.pickTranscript()))
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

  /** A speaker the transcript could not name: a name given here is added to the attendees; left empty, nobody is. */
  private addSpeakerRow(speaker: string): void {
    new Setting(this.contentEl)
      .setName(`Who is "${speaker}"?`)
      .setDesc("The transcript does not name this speaker. Give their name to add them to the attendees, or leave it empty.")
      .addText((text) => {
        text.setPlaceholder("Name");
        text.inputEl.setAttribute("aria-label", `Who is ${speaker}`);
        this.speakerInputs.set(speaker, text.inputEl);
        attachNameSuggest(this.app, text.inputEl, () => this.plugin.people.index, (name) => {
          text.setValue(name);
        });
      });
  }

  /** The transcript the meeting note will link to; its text is never copied into a note. */
  private addTranscriptRow(path: string): void {
    const row = new Setting(this.contentEl)
      .setName("Transcript")
      .setDesc(`The meeting note links to ${path}.`)
      .addExtraButton((b) =>
        b
          .setIcon("x")
          .setTooltip("Do not link the transcript")
          .onClick(() => {
            this.transcript = null;
            row.settingEl.remove();
          }),
      );
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

  /** The generic speakers the user has not named yet. */
  private stillUnnamed(): string[] {
    return this.unnamedSpeakers.filter((s) => (this.speakerInputs.get(s)?.value.trim() ?? "") === "");
  }

  /** The recap on screen: the fields, the speakers named, and what the fields do not show (emails, tags, transcript). */
  private collectRecap(): Recap {
    const fields = this.collect();
    const named = [...this.speakerInputs.values()].map((input) => input.value.trim()).filter((name) => name !== "");
    const recap = recapFromFields({ ...fields, attendees: [...fields.attendees, ...named] });
    const attending = new Set(recap.attendees.map(nameKey));
    const mentioned = mentionedApart(this.mentioned, recap.attendees);
    const emails = Object.fromEntries(Object.entries(this.emails).filter(([name]) => attending.has(nameKey(name))));
    return {
      ...recap,
      ...(mentioned.length > 0 ? { mentioned } : {}),
      ...(Object.keys(emails).length > 0 ? { emails } : {}),
      tags: [...this.tags],
      ...(this.transcript !== null ? { transcript: this.transcript } : {}),
    };
  }

  /** This form again with what a reader gave added to what is on screen. */
  private refill(reading: RecapReading): void {
    const current = this.collectRecap();
    const notes = { warnings: [...this.warnings, ...reading.warnings], unnamedSpeakers: [...this.stillUnnamed(), ...reading.unnamedSpeakers] };
    this.close();
    new RecapModal(this.app, this.plugin, this.service, mergeRecaps(current, reading.recap), this.meetingPath, notes).open();
  }

  private paste(): void {
    this.collect();
    const knowledge = () => pasteKnowledge(this.plugin.settings, this.plugin.people.index);
    new PasteRecapModal(this.app, this.fields.date, knowledge, (reading) => this.refill(reading)).open();
  }

  /** The user's model reads the text (the form's attendees and title sent with it); its checked answer refills the form. */
  private extract(): void {
    const { attendees, title } = this.collect();
    void extractWithModel(this.plugin, { attendees, title }, (reading) => this.refill(reading));
  }

  private pickTranscript(): void {
    new TranscriptPickerModal(this.app, (file) => void this.readTranscript(file)).open();
  }

  /** A transcript file: its speakers join the attendees and the meeting note links to it. */
  async readTranscript(file: TFile): Promise<void> {
    const text = await this.app.vault.cachedRead(file);
    const reading = readTranscriptFile(text, file, this.collect().title);
    if (reading === null) {
      this.showError(`${file.path} is not a transcript Kith reads: WebVTT, SRT, or turns like "Dana Okafor  0:03".`);
      return;
    }
    this.refill(reading);
  }

  private showError(message: string): void {
    this.errorEl?.setText(message);
    new Notice(message);
  }

  private async preview(): Promise<void> {
    const recap = this.collectRecap();
    const notes = { warnings: this.warnings, unnamedSpeakers: this.stillUnnamed() };
    try {
      const plan = await this.service.plan(recap, this.meetingPath, { updateMeetingNote: this.meetingPath !== undefined });
      this.close();
      const back = (edited: Recap): void => new RecapModal(this.app, this.plugin, this.service, edited, this.meetingPath, notes).open();
      new RecapPreviewModal(this.app, this.service, plan, this.meetingPath, back, this.warnings).open();
    } catch (error) {
      this.showError(isKithError(error) || error instanceof Error ? error.message : String(error));
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
