import { Notice, TFile, type App } from "obsidian";
import type { NoteChange, PersonEntry } from "../../core";
import { ActionListModal } from "./action-list";
import { ChoicePickerModal } from "./choice-picker";
import { ConfirmDiffModal } from "./confirm-diff";
import { InteractionFormModal } from "./interaction-form";
import { PersonPickerModal } from "./person-picker";
import { TextPromptModal } from "./text-prompt";
import type { ActionRow, Choice, InteractionInput, KithUi } from "./ui";

/** The user interface of the commands, in Obsidian's modals and notices. */
export class ModalUi implements KithUi {
  constructor(
    private readonly app: App,
    private readonly people: () => Iterable<PersonEntry>,
  ) {}

  notice(message: string): void {
    new Notice(message);
  }

  prompt(title: string, options?: { value?: string; placeholder?: string }): Promise<string | null> {
    return new TextPromptModal(this.app, title, options).ask();
  }

  pickPerson(placeholder: string, exclude: readonly string[] = []): Promise<PersonEntry | null> {
    const skip = new Set(exclude);
    return new PersonPickerModal(this.app, placeholder, () => [...this.people()].filter((p) => !skip.has(p.path))).ask();
  }

  async pick<T>(placeholder: string, choices: Choice<T>[]): Promise<T | null> {
    const choice = await new ChoicePickerModal(this.app, placeholder, choices).ask();
    return choice ? choice.value : null;
  }

  confirm(title: string, changes: NoteChange[], action: string): Promise<boolean> {
    return new ConfirmDiffModal(this.app, title, changes, action).ask();
  }

  interaction(initial: InteractionInput): Promise<InteractionInput | null> {
    return new InteractionFormModal(this.app, initial, (exclude) => this.pickPerson("Add a person", exclude)).ask();
  }

  rows(title: string, rows: ActionRow[], empty: string): void {
    new ActionListModal(this.app, title, rows, empty).open();
  }

  async open(path: string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
  }
}
