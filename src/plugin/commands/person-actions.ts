import type { PersonEntry } from "../../core";
import type { CommandContext } from "./context";
import { addDecision, addFact, addTopic, keepInTouch, reviewed, setContact, snooze } from "./edits";
import { logInteractionCommand } from "./log-interaction";
import { mergePerson } from "./merge";
import { normalizeCommand } from "./normalize";
import { renamePersonCommand } from "./rename";

/**
 * An action on one person: a command on the active person note (or a picked person), and an
 * item of the file menu and of the editor menu on a link to a person. One list serves all three.
 */
export interface PersonAction {
  id: string;
  name: string;
  icon: string;
  run(ctx: CommandContext, person: PersonEntry): Promise<void>;
  /** What the command does when the active note is not a person; else it asks for one. */
  withoutPerson?(ctx: CommandContext): Promise<void>;
}

export const PERSON_ACTIONS: readonly PersonAction[] = [
  { id: "add-key-fact", name: "Add key fact", icon: "list-plus", run: addFact },
  { id: "add-key-decision", name: "Add key decision", icon: "check-square", run: addDecision },
  { id: "add-topic", name: "Add topic", icon: "tags", run: addTopic },
  { id: "set-contact-field", name: "Set contact field", icon: "contact", run: setContact },
  {
    id: "log-interaction",
    name: "Log interaction",
    icon: "message-square-plus",
    run: (ctx, person) => logInteractionCommand(ctx, [person]),
    withoutPerson: (ctx) => logInteractionCommand(ctx, []),
  },
  { id: "mark-reviewed", name: "Mark reviewed", icon: "badge-check", run: reviewed },
  { id: "set-keep-in-touch", name: "Set keep-in-touch interval", icon: "calendar-clock", run: keepInTouch },
  { id: "snooze-person", name: "Snooze person", icon: "alarm-clock-off", run: snooze },
  { id: "normalize-person-note", name: "Normalize person note", icon: "wand", run: normalizeCommand },
  { id: "rename-person", name: "Rename person", icon: "pencil", run: renamePersonCommand },
  { id: "merge-person", name: "Merge person into...", icon: "git-merge", run: mergePerson },
];
