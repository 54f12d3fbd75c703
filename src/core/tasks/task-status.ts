/**
 * What the character in a task's box means, as the Tasks plugin's default status registry reads
 * it (obsidian-tasks, src/Statuses/StatusRegistry.ts `addDefaultStatusTypes` and Status.ts):
 * `[ ]` Todo, `[/]` In Progress, `[x]` Done, `[-]` Cancelled; any other character is an
 * unknown status, which Tasks reads as TODO (`Status.createUnknownStatus`), so `[>]`, `[!]`,
 * `[?]` are open. One addition: `[X]` is done, as Tasks' conventional type for it says
 * (`Status.getTypeForUnknownSymbol`), as Obsidian draws it (checked) and as Dataview's
 * `completed` reads it; the bare registry would call it an unknown, open, status.
 * No default symbol is ON_HOLD or NON_TASK: those come only from a user's own Tasks settings.
 */
export type TaskStatusType = "todo" | "in-progress" | "done" | "cancelled";

const STATUS_TYPES: Readonly<Record<string, TaskStatusType>> = { " ": "todo", "/": "in-progress", x: "done", X: "done", "-": "cancelled" };

/** The status type of a box's character; an unknown character is `todo`, as in Tasks. */
export function statusType(symbol: string): TaskStatusType {
  return STATUS_TYPES[symbol] ?? "todo";
}

/** Open: still to do (Tasks' `not done`): `todo` or `in-progress`. */
export function isOpenStatus(symbol: string): boolean {
  const type = statusType(symbol);
  return type === "todo" || type === "in-progress";
}
