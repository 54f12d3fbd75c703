import { logInteraction, type PersonEntry } from "../../core";
import { editOptions, editPerson, type CommandContext } from "./context";

/**
 * Logs a call or chat that has no meeting note on one or several people: the form starts
 * with today's date and the people given; each person's note gets its own atomic write.
 */
export async function logInteractionCommand(ctx: CommandContext, people: PersonEntry[]): Promise<void> {
  const input = await ctx.ui.interaction({ date: ctx.plugin.today(), summary: "", via: "", people });
  if (!input) return;
  const interaction = { date: input.date.trim(), summary: input.summary, via: input.via.trim() || null };
  let logged = 0;
  for (const person of input.people) {
    if (await editPerson(ctx, person, (text) => logInteraction(text, interaction, editOptions(ctx.plugin)))) logged++;
  }
  if (logged > 0) ctx.ui.notice(`Logged the interaction on ${logged} of ${input.people.length} people.`);
}
