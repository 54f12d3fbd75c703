import { applyMerge, planMerge, revertChanges, type ChangeRecord, type MergeRequest, type PersonEntry } from "../../core";
import type { KithHost } from "../host";
import { countOf, editOptions, report, type CommandContext } from "./context";
import { backlinks, notesMentioning, resolveLink } from "./vault-scan";

/** The last merge of this session, for "Undo last merge". */
const lastMerge = new WeakMap<KithHost, ChangeRecord>();

/** Where the old person may be mentioned: backlinks (Obsidian's resolved links) and their handle in tasks. */
async function mergeRequest(ctx: CommandContext, old: PersonEntry, target: PersonEntry): Promise<MergeRequest> {
  const { app } = ctx.plugin;
  const targetFile = app.vault.getFileByPath(target.path);
  const handleNotes = old.handle === target.handle ? [] : await notesMentioning(app, old.handle);
  return {
    oldPath: old.path,
    targetPath: target.path,
    candidates: [...new Set([...backlinks(app, old.path), ...handleNotes])],
    resolvesToOld: (linkpath, from) => resolveLink(app, linkpath, from)?.path === old.path,
    linkText: (from) => (targetFile ? app.metadataCache.fileToLinktext(targetFile, from, true) : target.fileName),
    options: editOptions(ctx.plugin),
  };
}

/**
 * Merges one person into another the user picks: the plan (every note's change, the old
 * note to the trash) is shown first; on confirmation it is applied and can be undone.
 */
export async function mergePerson(ctx: CommandContext, old: PersonEntry): Promise<void> {
  const target = await ctx.ui.pickPerson(`Merge ${old.name} into...`, [old.path]);
  if (!target) return;
  try {
    const request = await mergeRequest(ctx, old, target);
    const plan = await planMerge(ctx.plugin.store, request);
    if (!(await ctx.ui.confirm(`Merge ${old.name} into ${target.name}?`, plan.changes, "Merge"))) return;
    const { record, failed } = await applyMerge(ctx.plugin.store, request);
    lastMerge.set(ctx.plugin, record);
    const written = record.entries.filter((e) => e.after !== null).length;
    if (failed.length > 0) {
      const list = failed.map((f) => `${f.path}: ${f.error}`).join("; ");
      ctx.ui.notice(`${record.label}, but ${countOf(failed.length, "note")} could not be updated (${list}); ${old.name}'s note was kept.`);
    } else {
      ctx.ui.notice(`${record.label}: ${countOf(written, "note")} updated, ${old.path} moved to the trash.`);
    }
  } catch (error) {
    report(ctx, error);
  }
}

/** Restores every note the last merge changed, where it is unchanged since, and the merged note. */
export async function undoLastMerge(ctx: CommandContext): Promise<void> {
  const record = lastMerge.get(ctx.plugin);
  if (!record) return ctx.ui.notice("No merge to undo in this session.");
  const result = await revertChanges(record, ctx.plugin.store);
  lastMerge.delete(ctx.plugin);
  const skipped = result.skipped.map((s) => `${s.path} (${s.reason})`).join(", ");
  const done = result.restored.length + result.recreated.length;
  ctx.ui.notice(`Undid "${record.label}": ${countOf(done, "note")} restored${skipped ? `; left as they are: ${skipped}` : ""}.`);
}
