import type { CommandContext } from "../commands/context";
import { exportContacts } from "./export";
import { importContacts, undoLastContactsImport } from "./import";
import { ModalContactsUi, type ContactsUi } from "./ui";

/** The contacts commands, listed with the person commands (src/plugin/commands/register.ts); no default hotkeys. */
export function contactsCommands(ctx: CommandContext, ui: ContactsUi = new ModalContactsUi(ctx.plugin.app)): Array<{ id: string; name: string; run(): Promise<void> }> {
  return [
    { id: "import-contacts", name: "Import contacts", run: () => importContacts(ctx, ui) },
    { id: "undo-last-contacts-import", name: "Undo last contacts import", run: () => undoLastContactsImport(ctx) },
    { id: "export-contacts", name: "Export contacts", run: () => exportContacts(ctx) },
  ];
}
