import { TFile, type Menu } from "obsidian";
import { linkAt, type PersonEntry } from "../../core";
import type { CommandContext } from "./context";
import { PERSON_ACTIONS } from "./person-actions";
import { resolveLink } from "./vault-scan";

function addPersonItems(ctx: CommandContext, menu: Menu, person: PersonEntry): void {
  for (const action of PERSON_ACTIONS) {
    menu.addItem((item) =>
      item
        .setTitle(action.name)
        .setIcon(action.icon)
        .setSection("action")
        .onClick(() => void action.run(ctx, person)),
    );
  }
}

/** The person actions in the file menu of a person note and the editor menu on a link to one. */
export function registerPersonMenus(ctx: CommandContext): void {
  const { plugin } = ctx;
  const { workspace } = plugin.app;
  plugin.registerEvent(
    workspace.on("file-menu", (menu, file) => {
      const person = file instanceof TFile ? plugin.people.index.get(file.path) : undefined;
      if (person) addPersonItems(ctx, menu, person);
    }),
  );
  plugin.registerEvent(
    workspace.on("editor-menu", (menu, editor, info) => {
      const cursor = editor.getCursor();
      const linkpath = linkAt(editor.getLine(cursor.line), cursor.ch);
      const from = info.file?.path ?? "";
      const target = linkpath === null ? null : resolveLink(plugin.app, linkpath, from);
      const person = target ? plugin.people.index.get(target.path) : undefined;
      if (person) addPersonItems(ctx, menu, person);
    }),
  );
}
