import { createPerson, fillTemplate, KithError, personFileName } from "../../core";
import { editOptions, report, type CommandContext } from "./context";

/** A new person note from the user's template note. */
async function fromTemplate(ctx: CommandContext, templatePath: string, name: string): Promise<string> {
  const template = await ctx.plugin.store.read(templatePath);
  if (template === null) throw new KithError("not-found", `The template note ${templatePath} does not exist: fix it in the settings or clear it.`);
  return fillTemplate(template, { name, date: ctx.plugin.today() });
}

/**
 * Asks for a name and creates the person's note in the people folder; a name, alias or email
 * someone already has opens their note instead of making a twin.
 */
export async function newPersonCommand(ctx: CommandContext): Promise<void> {
  const name = await ctx.ui.prompt("New person", { placeholder: "Name" });
  if (name === null) return;
  const { plugin } = ctx;
  try {
    await plugin.indexer.ready;
    const existing = plugin.people.index.match(name).exact[0];
    if (existing) {
      ctx.ui.notice(`${existing.name} already has a note.`);
      return await ctx.ui.open(existing.path);
    }
    const { peopleFolder: folder, templatePath } = plugin.settings;
    let path: string;
    if (templatePath) {
      path = `${folder ? `${folder}/` : ""}${personFileName(name)}.md`;
      await plugin.store.create(path, await fromTemplate(ctx, templatePath, name));
    } else {
      path = (await createPerson(plugin.store, plugin.people.index, name, folder, editOptions(plugin))).path;
    }
    await ctx.ui.open(path);
  } catch (error) {
    report(ctx, error);
  }
}
