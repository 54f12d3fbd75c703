import { normalizePersonNote, type PersonEntry } from "../../core";
import { editOptions, editPerson, readNote, report, type CommandContext } from "./context";

/** Adds the sections a person note lacks and fills in its footer, after showing the change. */
export async function normalizeCommand(ctx: CommandContext, person: PersonEntry): Promise<void> {
  const before = await readNote(ctx, person.path);
  if (before === null) return;
  const edit = (text: string): string => normalizePersonNote(text, person.path, editOptions(ctx.plugin));
  let after: string;
  try {
    after = edit(before);
  } catch (error) {
    return report(ctx, error);
  }
  if (after === before) return ctx.ui.notice(`${person.name}'s note already has every section and a dated footer.`);
  if (!(await ctx.ui.confirm(`Normalize ${person.name}'s note?`, [{ path: person.path, before, after }], "Normalize"))) return;
  await editPerson(ctx, person, edit);
}
