import { once } from "node:events";
import type { PeopleIndex } from "../../core";
import { findPerson } from "./find-person";
import type { IndexedTask } from "../../core/tasks";
import { stringOption } from "../args";
import { printable } from "../printable";
import { loadVaultTasks } from "../task-index";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";

/** One task as `kith tasks --json` prints it. */
export interface TaskRow {
  path: string;
  /** 1-based, as editors count (Obsidian's and Dataview's `line` is 0-based). */
  line: number;
  status: string;
  statusType: IndexedTask["statusType"];
  description: string;
  text: string;
  due: string | null;
  dueInvalid: string | null;
  owners: string[];
  recurring: boolean;
  /** With --person: whether the person owns the task (`@Handle`) or it mentions their name. */
  relation?: "owns" | "mentions";
}

export function row(task: IndexedTask, relation?: TaskRow["relation"]): TaskRow {
  const { path, line, status, statusType, description, text, due, dueInvalid, handles, recurring } = task;
  return { path, line: line + 1, status, statusType, description, text, due, dueInvalid, owners: handles, recurring, ...(relation ? { relation } : {}) };
}

/** `path:line<TAB>[s]<TAB>due<TAB>owners<TAB>description`, `-` for none. */
function textLine(task: TaskRow): string {
  const due = task.due ?? (task.dueInvalid !== null ? `invalid ${task.dueInvalid}` : "-");
  const owners = task.owners.join(",") || "-";
  return [`${task.path}:${task.line}`, `[${task.status}]`, due, owners, task.description].map(printable).join("\t");
}

export const handleKey = (handle: string): string => handle.normalize("NFC").toLowerCase();

/** What one write to stdout holds at most, about: a vault's whole list is 100 MB of JSON, never made into one string. */
const CHUNK_CHARS = 1 << 16;

/**
 * Prints each item as `print` makes it, a chunk at a time, waiting when the reader is behind (a
 * pipe takes 64 KB; what it does not take would be held), so no more than a chunk of the output
 * is held. As with console.log, a reader that is gone (`kith tasks | head`) ends it quietly.
 * `last` ends the output, `none` is all of it when there are no items.
 */
async function printEach<T>(items: Iterable<T>, print: (item: T, first: boolean) => string, last = "", none = last): Promise<void> {
  const out = process.stdout;
  let readerGone = false;
  const stop = (): void => {
    readerGone = true;
  };
  out.on("error", stop);
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, "drain").catch(stop);
  };
  // Pieces joined once per chunk: a chunk grown by `+=` is a rope that each write flattened again.
  let chunk: string[] = [];
  let chars = 0;
  let first = true;
  for (const item of items) {
    const piece = print(item, first);
    chunk.push(piece);
    chars += piece.length;
    first = false;
    if (chars >= CHUNK_CHARS) {
      await write(chunk.join(""));
      if (readerGone) return;
      chunk = [];
      chars = 0;
    }
  }
  chunk.push(first ? none : last);
  await write(chunk.join(""));
}

/** `JSON.stringify(rows, null, 2)` and a newline, printed row by row: the same text, never held whole. */
async function printJsonRows(tasks: Iterable<IndexedTask>): Promise<void> {
  // A row alone in an array is indented as in the whole array: its text less the `[` line and the `]` line.
  const item = (task: IndexedTask, first: boolean): string => `${first ? "[\n" : ",\n"}${JSON.stringify([row(task)], null, 2).slice(2, -2)}`;
  // With no row at all, `[]`.
  await printEach(tasks, item, "\n]\n", "[]\n");
}

/** The handle `--owned-by` names: an `@Handle` as written, else the handle of the person it names. */
export function ownerHandle(query: string, people: PeopleIndex | null): string {
  return query.startsWith("@") || people === null ? query : findPerson(people, query).handle;
}

export const tasksCommand: Command = {
  spec: {
    name: "tasks",
    summary: "Lists open tasks, soonest due first: all of the vault's, or a person's, as the panel shows them.",
    details: [
      "Open: every status the Tasks plugin reads as not done ([ ], [/], [>], [!], [?], ...; not [x], [X], [-]),",
      "in blockquotes and callouts too, outside code blocks. --person lists the open tasks that mention the",
      "person's name and those they own (@Handle), as the panel's two lists; --owned-by keeps the tasks that",
      "handle owns; both together keep the person's tasks that the handle owns. Text: path:line, status,",
      "due (or \"invalid\" and the value), owners, description, tab-separated; lines are 1-based, in --json too.",
    ].join("\n"),
    args: [],
    options: {
      ...VAULT_OPTIONS,
      person: { type: "string", value: "NAME", description: "A person (name, file name, alias, email or path): tasks that mention them or that they own." },
      "owned-by": { type: "string", value: "NAME|@HANDLE", description: "Tasks this person (or @Handle, as written in tasks) owns." },
      ...JSON_OPTION,
    },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const personQuery = stringOption(values, "person");
    const ownerQuery = stringOption(values, "owned-by");
    const needsPeople = personQuery !== undefined || (ownerQuery !== undefined && !ownerQuery.startsWith("@"));
    const { tasks, people } = await loadVaultTasks(ctx, ctx.store.root, needsPeople);
    const owner = ownerQuery === undefined ? null : handleKey(ownerHandle(ownerQuery, people));
    const owned = (task: IndexedTask): boolean => owner === null || task.handles.some((h) => handleKey(h) === owner);

    if (personQuery !== undefined && people !== null) {
      const person = findPerson(people, personQuery);
      const lists = tasks.forPerson(person.name, person.handle);
      const mentions = lists.mentioned.filter(owned).map((t) => row(t, "mentions"));
      const owns = lists.owned.filter(owned).map((t) => row(t, "owns"));
      if (values.json) console.log(JSON.stringify([...mentions, ...owns], null, 2));
      else {
        const blocks: Array<[string, TaskRow[]]> = [
          [`Open tasks mentioning ${person.name}`, mentions],
          [`Tasks ${person.name} owns (${person.handle})`, owns],
        ];
        for (const [title, rows] of blocks) if (rows.length > 0) console.log([`${printable(title)}:`, ...rows.map(textLine)].join("\n"));
        // Said in words, so an empty answer does not read as a person not found.
        if (mentions.length === 0 && owns.length === 0) console.log(printable(`No open tasks mention ${person.name} or belong to ${person.handle}.`));
      }
      return 0;
    }

    const all = owner === null ? tasks.all() : tasks.ownedBy(owner);
    if (values.json) await printJsonRows(all);
    else await printEach(all, (task) => `${textLine(row(task))}\n`);
    return 0;
  },
};
