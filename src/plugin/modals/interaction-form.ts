import { Modal, Notice, Setting, type App } from "obsidian";
import { isIsoDate, type PersonEntry } from "../../core";
import type { InteractionInput } from "./ui";

/**
 * The log interaction form: date (today by default), summary, via, and the people it was
 * with (one or several; more are added with the person picker).
 */
export class InteractionFormModal extends Modal {
  private readonly input: InteractionInput;
  private submitted = false;
  private settle: (value: InteractionInput | null) => void = () => undefined;
  private peopleEl: HTMLElement | null = null;

  constructor(
    app: App,
    initial: InteractionInput,
    private readonly pickPerson: (exclude: string[]) => Promise<PersonEntry | null>,
  ) {
    super(app);
    this.input = { ...initial, people: [...initial.people] };
  }

  ask(): Promise<InteractionInput | null> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.open();
    });
  }

  override onOpen(): void {
    this.setTitle("Log interaction");
    const { contentEl, input } = this;
    new Setting(contentEl).setName("Date").addText((t) => t.setValue(input.date).onChange((v) => (input.date = v.trim())));
    new Setting(contentEl).setName("Summary").addText((t) => t.setValue(input.summary).onChange((v) => (input.summary = v)));
    new Setting(contentEl)
      .setName("Via")
      .setDesc("Where it happened: a call, a chat, an account.")
      .addText((t) => t.setValue(input.via).onChange((v) => (input.via = v)));
    new Setting(contentEl).setName("People").setHeading();
    this.peopleEl = contentEl.createDiv();
    this.renderPeople();
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Add person").onClick(() => void this.addPerson()))
      .addButton((b) => b.setButtonText("Log").setCta().onClick(() => this.submit()));
  }

  private renderPeople(): void {
    const el = this.peopleEl;
    if (!el) return;
    el.empty();
    if (this.input.people.length === 0) el.createEl("p", { text: "No one yet: add the people it was with." });
    for (const person of this.input.people) {
      new Setting(el).setName(person.name).addExtraButton((b) =>
        b
          .setIcon("x")
          .setTooltip("Remove")
          .onClick(() => {
            this.input.people = this.input.people.filter((p) => p.path !== person.path);
            this.renderPeople();
          }),
      );
    }
  }

  private async addPerson(): Promise<void> {
    const person = await this.pickPerson(this.input.people.map((p) => p.path));
    if (!person) return;
    this.input.people.push(person);
    this.renderPeople();
  }

  private submit(): void {
    const { input } = this;
    if (!isIsoDate(input.date)) return void new Notice(`"${input.date}" is not a date (YYYY-MM-DD).`);
    if (input.summary.trim() === "") return void new Notice("Write a summary of the interaction.");
    if (input.people.length === 0) return void new Notice("Add at least one person.");
    this.submitted = true;
    this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.settle(this.submitted ? this.input : null);
  }
}
