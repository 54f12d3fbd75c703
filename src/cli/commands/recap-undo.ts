import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, isUndoRecord, undoRecap, type UndoRecord } from "../../core";
import { VAULT_OPTIONS, openVault, type Command } from "../vault";

/** Where the last recap's undo record lives; the plugin keeps it at the same place, so either can undo the other's recap. */
export const UNDO_FILE = ".obsidian/plugins/kith/last-recap.json";

function undoFile(vault: string): string {
  return nodePath.join(vault, ...UNDO_FILE.split("/"));
}

/** Replaces the undo record (written beside it, then renamed, so a reader never sees half of one). */
export async function saveUndoRecord(vault: string, record: UndoRecord): Promise<void> {
  const file = undoFile(vault);
  await mkdir(nodePath.dirname(file), { recursive: true });
  const temp = `${file}.kith-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(record), "utf8");
    await rename(temp, file);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Whether every entry has the shape undoRecap relies on: a path, the text before (or null) and after. */
function validEntries(record: UndoRecord): boolean {
  return record.entries.every(
    (e: unknown) =>
      typeof e === "object" &&
      e !== null &&
      typeof (e as { path?: unknown }).path === "string" &&
      typeof (e as { after?: unknown }).after === "string" &&
      ((e as { before?: unknown }).before === null || typeof (e as { before?: unknown }).before === "string"),
  );
}

/** The saved undo record, or null when there is none; a damaged record is an error and stays for a look. */
export async function loadUndoRecord(vault: string): Promise<UndoRecord | null> {
  let raw: string;
  try {
    raw = await readFile(undoFile(vault), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new KithError("invalid-value", `${UNDO_FILE} is not valid JSON; nothing was undone.`);
  }
  if (!isUndoRecord(value) || !validEntries(value)) throw new KithError("invalid-value", `${UNDO_FILE} is not a recap's undo record; nothing was undone.`);
  return value;
}

export const undoCommand: Command = {
  spec: {
    name: "recap undo",
    summary: "Undoes the last recap applied (by the CLI or the plugin).",
    details: [
      `Reads the undo record at <vault>/${UNDO_FILE}`,
      "(the plugin keeps it there too). Notes the recap changed go back to their text before it;",
      "notes it created move to <vault>/.trash. A note changed since the recap is left as it is",
      "and reported. The record is deleted afterwards.",
      "Exit codes: 0 undone (or no recap to undo), 1 some notes were left as they are, 2 an error.",
    ].join("\n"),
    args: [],
    options: { ...VAULT_OPTIONS },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const record = await loadUndoRecord(ctx.store.root);
    if (!record) {
      console.log("No recap to undo.");
      return 0;
    }
    const result = await undoRecap(record, ctx.store);
    await unlink(undoFile(ctx.store.root)).catch(() => undefined);
    for (const path of result.restored) console.log(`restored ${path}`);
    for (const path of result.removed) console.log(`removed ${path} (moved to .trash)`);
    for (const { path, reason } of result.skipped) console.log(`skipped ${path}: ${reason}`);
    console.log(`${result.restored.length} restored, ${result.removed.length} removed, ${result.skipped.length} skipped`);
    return result.skipped.length > 0 ? 1 : 0;
  },
};
