import { App, TFile } from "obsidian-test-mocks/obsidian";
import type { NoteChange, PersonEntry } from "../../../src/core";
import { personCommands, registerPersonCommands } from "../../../src/plugin/commands/register";
import KithPlugin from "../../../src/plugin/main";
import type { ActionRow, Choice, InteractionInput, KithUi } from "../../../src/plugin/modals/ui";

export const TODAY = "2026-11-25";

/**
 * The commands' UI with scripted answers: each question takes the next answer of its kind
 * (a missing answer is a dismissal), and everything shown is recorded for assertions.
 */
export class ScriptedUi implements KithUi {
  readonly notices: string[] = [];
  readonly questions: string[] = [];
  readonly confirmations: Array<{ title: string; changes: NoteChange[] }> = [];
  readonly lists: Array<{ title: string; rows: ActionRow[] }> = [];
  readonly opened: string[] = [];
  answers: Array<string | null> = [];
  /** People to pick, by name. */
  picks: Array<string | null> = [];
  choices: unknown[] = [];
  confirm_: boolean[] = [];
  interactionAnswer: (initial: InteractionInput) => InteractionInput | null = () => null;

  constructor(private readonly people: () => Iterable<PersonEntry>) {}

  notice(message: string): void {
    this.notices.push(message);
  }
  prompt(title: string): Promise<string | null> {
    this.questions.push(title);
    return Promise.resolve(this.answers.shift() ?? null);
  }
  pickPerson(placeholder: string, exclude: readonly string[] = []): Promise<PersonEntry | null> {
    this.questions.push(placeholder);
    const name = this.picks.shift() ?? null;
    const person = [...this.people()].find((p) => p.name === name && !exclude.includes(p.path));
    return Promise.resolve(person ?? null);
  }
  pick<T>(placeholder: string, choices: Choice<T>[]): Promise<T | null> {
    this.questions.push(placeholder);
    const wanted = this.choices.shift();
    return Promise.resolve(choices.find((c) => c.value === wanted)?.value ?? null);
  }
  confirm(title: string, changes: NoteChange[]): Promise<boolean> {
    this.confirmations.push({ title, changes });
    return Promise.resolve(this.confirm_.shift() ?? false);
  }
  interaction(initial: InteractionInput): Promise<InteractionInput | null> {
    return Promise.resolve(this.interactionAnswer(initial));
  }
  rows(title: string, rows: ActionRow[]): void {
    this.lists.push({ title, rows });
  }
  open(path: string): Promise<void> {
    this.opened.push(path);
    return Promise.resolve();
  }
}

/** A loaded plugin on an in-memory vault (the Obsidian test double), with the clock fixed and scripted UI. */
export async function setup(files: Record<string, string>, data: Record<string, unknown> = {}) {
  const app = App.createConfigured__({ files });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.5.0", author: "", description: "" });
  await plugin.saveData(data);
  plugin.today = () => TODAY;
  await plugin.onload();
  app.workspace.setLayoutReady__();
  await plugin.indexer.ready;
  const ui = new ScriptedUi(() => plugin.people.index.entries());
  const ctx = { plugin, ui };
  const commands = personCommands(ctx);
  return {
    app,
    plugin,
    ui,
    ctx,
    /** Runs a command by id, as the palette would. */
    run: async (id: string): Promise<void> => {
      const command = commands.find((c) => c.id === id);
      if (!command) throw new Error(`no command ${id}`);
      await command.run();
    },
    /** Makes a note the active one, as if open in the editor. */
    activate: async (path: string): Promise<void> => {
      const leaf = app.workspace.getLeaf(false);
      await leaf.openFile(file(app, path));
    },
    read: (path: string): string | undefined => (app.vault.getFileByPath(path) ? app.vault.readSync__(file(app, path)) : undefined),
    /** Registers the commands and menus with the scripted UI, as onload does with modals. */
    register: () => registerPersonCommands(plugin, ui),
  };
}

export function file(app: App, path: string): TFile {
  const found = app.vault.getFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
  return found;
}
