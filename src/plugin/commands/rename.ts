import { checkNewName, handleAfterRename, parsePerson, renamePerson, personFileName, rewriteTaskHandle, type PersonEntry } from "../../core";
import { countOf, editOptions, editPerson, readNote, report, type CommandContext } from "./context";
import { notesMentioning } from "./vault-scan";

/**
 * Renames a person: title, H1 and queries in the note (the old name kept as an alias), then
 * the file through Obsidian, which updates every link to it, then `@OldHandle` in tasks.
 */
export async function renamePersonCommand(ctx: CommandContext, person: PersonEntry): Promise<void> {
  const { app, store } = ctx.plugin;
  const answer = await ctx.ui.prompt(`Rename ${person.name} to`, { value: person.name });
  if (answer === null) return;
  const text = await readNote(ctx, person.path);
  const file = app.vault.getFileByPath(person.path);
  if (text === null || !file) return;
  try {
    const newName = checkNewName(answer);
    const options = editOptions(ctx.plugin);
    const before = parsePerson(text, person.path, options.rules);
    const oldHandle = before.handle;
    const newHandle = handleAfterRename(before, newName);
    const folder = file.parent && !file.parent.isRoot() ? `${file.parent.path}/` : "";
    const newPath = `${folder}${personFileName(newName)}.md`;
    const taken = app.vault.getAbstractFileByPath(newPath);
    if (taken && taken !== file) return ctx.ui.notice(`${newPath} already exists: choose another name.`);
    if (!(await editPerson(ctx, person, (t) => renamePerson(t, person.path, newName, options)))) return;
    if (newPath !== file.path) await app.fileManager.renameFile(file, newPath);
    let retagged = 0;
    if (newHandle !== oldHandle) {
      for (const path of await notesMentioning(app, oldHandle)) {
        if ((await store.process(path, (t) => rewriteTaskHandle(t, oldHandle, newHandle))).changed) retagged++;
      }
    }
    ctx.ui.notice(`Renamed ${person.name} to ${newName}${retagged ? `; ${oldHandle} became ${newHandle} in ${countOf(retagged, "note")}` : ""}.`);
  } catch (error) {
    report(ctx, error);
  }
}
