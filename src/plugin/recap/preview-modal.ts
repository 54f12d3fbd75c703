import { ButtonComponent, Modal, Notice, Setting, type App } from "obsidian";
import { changedLines, isKithError, type PlannedNote, type Recap, type RecapPlan } from "../../core";
import type { PlanChoices, RecapService } from "./recap-service";
import { renderWarningList } from "./warning-list";

const NEW_PERSON = "\u0000new";

/**
 * Shows what a recap will do before anything is written: the meeting note (an existing one's
 * changed lines), ambiguous names to resolve, and each attendee's added or changed lines.
 * Apply writes; Back returns.
 */
export class RecapPreviewModal extends Modal {
  private readonly mapping = new Map<string, string>();
  private readonly newPeople = new Set<string>();

  constructor(
    app: App,
    private readonly service: RecapService,
    private plan: RecapPlan,
    private readonly meetingPath: string | undefined,
    private readonly onBack: ((recap: Recap) => void) | null,
    /** What the readers left for the user to confirm (the form's list), shown again where they apply. */
    private readonly warnings: readonly string[] = [],
  ) {
    super(app);
    // Pre-select the only candidate of an ambiguous name; the user still sees and can change it.
    for (const a of plan.attendees) {
      const only = a.status === "ambiguous" && a.candidates.length === 1 ? a.candidates[0] : undefined;
      if (only) this.mapping.set(a.name, only.path);
    }
  }

  override async onOpen(): Promise<void> {
    this.setTitle("Preview recap");
    if (this.mapping.size > 0) await this.replan();
    else this.render();
  }

  private choices(): PlanChoices {
    // A plan that fills the existing meeting note keeps doing so when the user resolves a name.
    return { mapping: this.mapping, newPeople: this.newPeople, updateMeetingNote: this.plan.meetingUpdate !== undefined };
  }

  private async replan(): Promise<void> {
    this.plan = await this.service.plan(this.plan.recap, this.meetingPath, this.choices());
    this.render();
  }

  private render(): void {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("kith-recap-preview");
    const meeting = this.plan.meetingNote ? `${this.plan.meetingPath} (new)` : this.plan.meetingPath;
    contentEl.createEl("p", { text: `Meeting note: ${meeting}`, cls: "kith-preview-meeting" });
    renderWarningList(contentEl, "Check before you apply:", this.warnings);

    for (const attendee of this.plan.attendees) {
      if (attendee.status !== "ambiguous" && !this.mapping.has(attendee.name) && !this.newPeople.has(attendee.name)) continue;
      const original = attendee.status === "ambiguous" ? attendee.candidates : [];
      new Setting(contentEl)
        .setName(`Who is "${attendee.name}"?`)
        .setDesc("Matches someone only in part: choose the person, or add a new one.")
        .addDropdown((dropdown) => {
          dropdown.addOption("", "Choose…");
          for (const c of original) dropdown.addOption(c.path, `${c.name} (${c.path})`);
          if (attendee.person) dropdown.addOption(attendee.person.path, `${attendee.person.name} (${attendee.person.path})`);
          dropdown.addOption(NEW_PERSON, "New person");
          dropdown.setValue(this.newPeople.has(attendee.name) ? NEW_PERSON : (this.mapping.get(attendee.name) ?? ""));
          dropdown.onChange(async (value) => {
            this.mapping.delete(attendee.name);
            this.newPeople.delete(attendee.name);
            if (value === NEW_PERSON) this.newPeople.add(attendee.name);
            else if (value !== "") this.mapping.set(attendee.name, value);
            await this.replan();
          });
        });
    }
    const skipped = this.plan.attendees.filter((a) => a.status === "self").map((a) => a.name);
    if (skipped.length > 0) contentEl.createEl("p", { text: `Left out (you): ${skipped.join(", ")}`, cls: "kith-preview-muted" });
    const mentioned = this.plan.recap.mentioned ?? [];
    if (mentioned.length > 0) contentEl.createEl("p", { text: `Mentioned, listed in the meeting note only: ${mentioned.join(", ")}`, cls: "kith-preview-muted" });
    if (this.plan.recap.transcript) contentEl.createEl("p", { text: `Transcript: ${this.plan.recap.transcript}`, cls: "kith-preview-muted" });

    // The existing meeting note's changed lines first, as apply writes it first.
    if (this.plan.meetingUpdate) this.renderNote(contentEl, this.plan.meetingUpdate);
    for (const note of this.plan.notes) this.renderNote(contentEl, note);
    for (const problem of this.plan.blocking) contentEl.createEl("p", { text: problem, cls: "kith-preview-error" });

    const buttons = new Setting(contentEl);
    if (this.onBack) {
      const back = this.onBack;
      buttons.addButton((b) => b.setButtonText("Back").onClick(() => {
        this.close();
        back(this.plan.recap);
      }));
    }
    let apply: ButtonComponent | null = null;
    buttons.addButton((b) => {
      apply = b.setButtonText("Apply").setCta().setDisabled(this.plan.blocking.length > 0).onClick(() => this.apply());
    });
    // Enter applies: the button has focus when the preview opens.
    if (this.plan.blocking.length === 0) (apply as ButtonComponent | null)?.buttonEl.focus();
  }

  private renderNote(parent: HTMLElement, note: PlannedNote): void {
    const box = parent.createDiv({ cls: "kith-preview-note" });
    const verb = note.error ? "Cannot update" : note.create ? "Create" : "Update";
    box.createDiv({ text: `${verb} ${note.path}`, cls: "kith-preview-path" });
    if (note.error) {
      box.createDiv({ text: note.error, cls: "kith-preview-error" });
      return;
    }
    if (note.create) {
      box.createDiv({ text: "New person note, marked for review.", cls: "kith-preview-muted" });
      return;
    }
    const lines = changedLines(note.before ?? "", note.after ?? "") ?? [];
    if (lines.length === 0) {
      box.createDiv({ text: "No change: the recap is already in this note.", cls: "kith-preview-muted" });
    } else {
      const list = box.createEl("ul", { cls: "kith-preview-diff" });
      for (const line of lines) {
        list.createEl("li", { text: `${line.kind} ${line.text}`, cls: line.kind === "+" ? "kith-diff-added" : "kith-diff-removed" });
      }
    }
    // What the recap leaves as the user wrote it, so an unchanged line is not a surprise.
    for (const kept of note.kept) box.createDiv({ text: kept, cls: "kith-preview-muted" });
  }

  private async apply(): Promise<void> {
    try {
      await this.service.apply(this.plan);
      this.close();
    } catch (error) {
      new Notice(isKithError(error) || error instanceof Error ? error.message : String(error));
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
