import { contactsCommands } from "../contacts/commands";
import type { KithHost } from "../host";
import { ModalUi } from "../modals/modal-ui";
import type { KithUi } from "../modals/ui";
import { activePerson, people, type CommandContext } from "./context";
import { reviewQueueCommand, staleContactsCommand, upcomingDatesCommand } from "./lists";
import { undoLastMerge } from "./merge";
import { registerPersonMenus } from "./menus";
import { newPersonCommand } from "./new-person";
import { PERSON_ACTIONS, type PersonAction } from "./person-actions";

/** A command as Kith defines it: its id (without the plugin id), sentence-case name, and what it does. */
export interface KithCommand {
  id: string;
  name: string;
  run(): Promise<void>;
}

/** A person action as a command: the active person note, else what the action does without one, else a picked person. */
async function onPerson(ctx: CommandContext, action: PersonAction): Promise<void> {
  const person = await activePerson(ctx);
  if (person) return action.run(ctx, person);
  if (action.withoutPerson) return action.withoutPerson(ctx);
  const picked = await ctx.ui.pickPerson(`${action.name}: which person?`);
  if (picked) await action.run(ctx, picked);
}

/** Every person command, in the order the palette lists them (no default hotkeys). */
export function personCommands(ctx: CommandContext): KithCommand[] {
  return [
    { id: "new-person", name: "New person", run: () => newPersonCommand(ctx) },
    {
      id: "find-person",
      name: "Find person",
      run: async () => {
        await ctx.plugin.indexer.ready;
        const person = await ctx.ui.pickPerson("Find a person by name, alias, email, company or role");
        if (person) await ctx.ui.open(person.path);
      },
    },
    ...PERSON_ACTIONS.map((action) => ({ id: action.id, name: action.name, run: () => onPerson(ctx, action) })),
    { id: "review-queue", name: "Review queue", run: () => reviewQueueCommand(ctx) },
    { id: "stale-contacts", name: "Stale contacts", run: () => staleContactsCommand(ctx) },
    { id: "upcoming-dates", name: "Upcoming dates", run: () => upcomingDatesCommand(ctx) },
    { id: "undo-last-merge", name: "Undo last merge", run: () => undoLastMerge(ctx) },
    ...contactsCommands(ctx),
  ];
}

/** Every person-note edit as a command, and the file and editor menus. */
export function registerPersonCommands(plugin: KithHost, ui?: KithUi): void {
  const ctx: CommandContext = { plugin, ui: ui ?? new ModalUi(plugin.app, () => people(ctx)) };
  for (const command of personCommands(ctx)) {
    plugin.addCommand({ id: command.id, name: command.name, callback: () => void command.run() });
  }
  registerPersonMenus(ctx);
}
