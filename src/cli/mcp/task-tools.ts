import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { IndexedTask } from "../../core/tasks";
import { findPerson } from "../commands/find-person";
import { handleKey, ownerHandle, row, type TaskRow } from "../commands/tasks";
import { loadVaultTasks } from "../task-index";
import type { VaultContext } from "../vault";
import { PAGE_INPUT, pageOf, pageText } from "./paging";
import { guarded, plain, toolResult } from "./tool-result";

const textOf = (task: TaskRow): string => `${task.path}:${task.line} [${task.status}] ${task.due ?? "-"} ${task.description}`;

/** list_tasks: the open tasks `kith tasks` lists, with the same filters. */
export function registerTaskTools(server: McpServer, ctx: VaultContext): void {
  server.registerTool(
    "list_tasks",
    {
      title: "List open tasks",
      description:
        "Lists open tasks (every status the Tasks plugin reads as not done), soonest due first, as `kith tasks --json` does: all the vault's, or a person's (tasks that mention their name, and tasks they own as @Handle). Lines are 1-based. Gives 100 at a time unless limit says otherwise: total is how many match, next_offset (when not null) the offset for the rest.",
      inputSchema: {
        person: z.string().optional().describe("A person (name, alias, email or path): the tasks that mention them or that they own."),
        owned_by: z.string().optional().describe("Keep tasks this person, or this @Handle as written in tasks, owns."),
        ...PAGE_INPUT,
      },
      annotations: { readOnlyHint: true },
    },
    ({ person, owned_by: ownedBy, limit, offset }) =>
      guarded(ctx, async () => {
        const needsPeople = person !== undefined || (ownedBy !== undefined && !ownedBy.startsWith("@"));
        const { tasks, people } = await loadVaultTasks(ctx, ctx.store.root, needsPeople);
        const owner = ownedBy === undefined ? null : handleKey(ownerHandle(ownedBy, people));
        const owned = (task: IndexedTask): boolean => owner === null || task.handles.some((h) => handleKey(h) === owner);
        let rows: TaskRow[];
        if (person !== undefined && people !== null) {
          const found = findPerson(people, person);
          const lists = tasks.forPerson(found.name, found.handle);
          rows = [...lists.mentioned.filter(owned).map((t) => row(t, "mentions")), ...lists.owned.filter(owned).map((t) => row(t, "owns"))];
        } else {
          const all = owner === null ? [...tasks.all()] : tasks.ownedBy(owner);
          rows = all.map((t) => row(t));
        }
        const page = pageOf(rows, limit, offset);
        const text = rows.length === 0 ? "No open tasks." : pageText(page, "open task", "open tasks", textOf);
        return toolResult(text, { tasks: plain(page.rows), total: page.total, next_offset: page.nextOffset });
      }),
  );
}
