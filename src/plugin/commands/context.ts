import { MarkdownView } from "obsidian";
import { editPersonNote, isKithError, personRules, type NoteEdit, type PersonEntry } from "../../core";
import type { KithHost } from "../host";
import type { KithUi } from "../modals/ui";

/** What every command runs with: the plugin (settings, store, indexes, clock) and the UI. */
export interface CommandContext {
  plugin: KithHost;
  ui: KithUi;
}

/** The options every person edit takes, from the settings and today's date. */
export function editOptions(plugin: KithHost) {
  const s = plugin.settings;
  return {
    today: plugin.today(),
    headings: s.headings,
    cap: s.recentContextCap,
    summaryLength: s.summaryLength,
    syncProfileRole: s.syncProfileRole,
    projectFolders: s.projectFolders,
    includeDataview: s.includeDataview,
    contacts: s.newNoteContacts,
    personType: s.personType,
    rules: personRules(s, plugin.templatePrompts, plugin.templateFolders),
    placeholders: plugin.templatePrompts,
  };
}

/** The person whose note is active, or null when the active note is not a person. */
export async function activePerson(ctx: CommandContext): Promise<PersonEntry | null> {
  const { workspace } = ctx.plugin.app;
  const file = workspace.getActiveViewOfType(MarkdownView)?.file ?? workspace.getActiveFile();
  if (!file) return null;
  await ctx.plugin.indexer.ready;
  return ctx.plugin.people.index.get(file.path) ?? null;
}

export function people(ctx: CommandContext): PersonEntry[] {
  return [...ctx.plugin.people.index.entries()];
}

/** Shows a refusal's message; anything else is a bug, shown as such. */
export function report(ctx: CommandContext, error: unknown): void {
  ctx.ui.notice(isKithError(error) ? error.message : `Kith could not do that: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Runs one edit on a person note as one atomic write. A refusal is shown and nothing is
 * written; an edit that changes nothing says so. Returns whether the note changed.
 */
export async function editPerson(ctx: CommandContext, person: PersonEntry, edit: NoteEdit): Promise<boolean> {
  try {
    const result = await editPersonNote(ctx.plugin.store, person.path, edit, personRules(ctx.plugin.settings, ctx.plugin.templatePrompts, ctx.plugin.templateFolders));
    if (!result.changed) ctx.ui.notice(`Nothing to change: ${person.name}'s note has it already.`);
    return result.changed;
  } catch (error) {
    report(ctx, error);
    return false;
  }
}

/** The note's current text, or null (reported) when it is gone. */
export async function readNote(ctx: CommandContext, path: string): Promise<string | null> {
  const text = await ctx.plugin.store.read(path);
  if (text === null) ctx.ui.notice(`No note at ${path}.`);
  return text;
}

/** `1 note`, `3 notes`. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
