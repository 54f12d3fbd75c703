import { JOURNAL_FILE, OLD_UNDO_FILE, undoLast } from "../recap-journal";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";

export const undoCommand: Command = {
  spec: {
    name: "recap undo",
    summary: "Undoes the last recap applied (by the CLI or the plugin).",
    details: [
      `Reads the last recap's journal at <vault>/${JOURNAL_FILE}`,
      `(the plugin keeps it there too; an undo record at <vault>/${OLD_UNDO_FILE},`,
      "from an earlier version, is read when there is no journal). Notes the recap changed go",
      "back to their text before it; notes it created move to <vault>/.trash. A recap that",
      "stopped part-way is undone as far as it went. A note changed since the recap is left as",
      "it is and reported. The journal is deleted afterwards.",
      "Exit codes: 0 undone (or no recap to undo), 1 some notes were left as they are, 2 an error.",
    ].join("\n"),
    args: [],
    options: { ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const undone = await undoLast(ctx.store.root, ctx.store);
    const json = values.json === true;
    if (!undone) {
      console.log(json ? JSON.stringify({ undone: false, restored: [], removed: [], skipped: [] }) : "No recap to undo.");
      return 0;
    }
    const { journal, result } = undone;
    if (!journal.complete && !json) console.log("The last recap stopped part-way; undoing the notes it wrote.");
    if (json) {
      console.log(JSON.stringify({ undone: true, meetingPath: journal.meetingPath, partial: !journal.complete, ...result }));
      return result.skipped.length > 0 ? 1 : 0;
    }
    for (const path of result.restored) console.log(`restored ${path}`);
    for (const path of result.removed) console.log(`removed ${path} (moved to .trash)`);
    for (const { path, reason } of result.skipped) console.log(`skipped ${path}: ${reason}`);
    console.log(`${result.restored.length} restored, ${result.removed.length} removed, ${result.skipped.length} skipped`);
    return result.skipped.length > 0 ? 1 : 0;
  },
};
