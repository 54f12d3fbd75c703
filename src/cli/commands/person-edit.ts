import {
  KithError,
  addKeyDecision,
  addKeyFact,
  editPersonNote,
  isIsoDate,
  mergeTopics,
  contactKey,
  refuseSharedAlias,
  setContactField,
  setLastContact,
  type NoteEdit,
} from "../../core";
import { stringOption, type OptionSpec, type OptionValues } from "../args";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command, type VaultContext } from "../vault";
import { loadPeople } from "../people";
import { findPersonPath, inNote } from "./find-person";

type Report = (path: string, args: string[], values: OptionValues, ctx: VaultContext) => string;

/** One named edit of a person note: everything but the common find-edit-report steps. */
interface PersonEdit {
  name: string;
  summary: string;
  details?: string;
  /** Arguments after `<name>`. */
  args: string[];
  options?: Record<string, OptionSpec>;
  /** The edit; built before the note is looked up, so a bad argument fails first. */
  edit: (args: string[], values: OptionValues, ctx: VaultContext) => NoteEdit;
  /** A check against the rest of the vault, once the note is found, before it is edited. */
  check?: (args: string[], path: string, ctx: VaultContext) => Promise<void>;
  /** What happened, for a change and for a no-op. */
  done: Report;
  unchanged: Report;
}

/** `kith person <edit> <name> ...`: find the person, run the edit atomically, say what happened. */
function editCommand(def: PersonEdit): Command {
  return {
    spec: {
      name: `person ${def.name}`,
      summary: def.summary,
      details: def.details,
      args: ["name", ...def.args],
      options: { ...def.options, ...VAULT_OPTIONS, ...JSON_OPTION },
    },
    async run([query = "", ...args], values) {
      const ctx = await openVault(values);
      const edit = def.edit(args, values, ctx);
      const path = await findPersonPath(ctx, query);
      await def.check?.(args, path, ctx);
      const { changed } = await inNote(path, () => editPersonNote(ctx.store, path, edit, ctx.rules));
      const said = (changed ? def.done : def.unchanged)(path, args, values, ctx);
      console.log(values.json === true ? JSON.stringify({ path, changed, message: said }) : said);
      return 0;
    },
  };
}

/** add-fact and add-decision differ only in the edit and the word. */
function bulletEdit(name: string, what: string, add: typeof addKeyFact): PersonEdit {
  return {
    name,
    summary: `Appends a ${what} to a person's note, unless it is there.`,
    args: ["text"],
    edit: ([text = ""], _values, ctx) => (note) => add(note, text, { today: ctx.today, headings: ctx.settings.headings }),
    done: (path) => `Added ${what} to ${path}`,
    unchanged: (path) => `No change: ${path} already has that ${what}`,
  };
}

const dateOf = (values: OptionValues, ctx: VaultContext): string => stringOption(values, "date") ?? ctx.today;

const edits: PersonEdit[] = [
  bulletEdit("add-fact", "key fact", addKeyFact),
  bulletEdit("add-decision", "key decision", addKeyDecision),
  {
    name: "add-topic",
    summary: "Adds topics (comma-separated) to Topics Discussed, unless there.",
    args: ["text"],
    edit: ([text = ""], _values, ctx) => (note) => mergeTopics(note, [text], { today: ctx.today, headings: ctx.settings.headings, placeholders: ctx.rules.placeholders }),
    done: (path) => `Added topic to ${path}`,
    unchanged: (path) => `No change: ${path} already has that topic`,
  },
  {
    name: "set-field",
    summary: "Sets a contact field (Role, Company, Email, ...) where the note keeps it.",
    details:
      'The field is written where it lives: a contact table row, a property (a list keeps its other values; its first is replaced), a Dataview inline field or a bold-label line; names match in any spelling (E-mail, email, Mobile). A field the note lacks goes where it keeps most of its fields (the table when it has none). An empty value clears it ("_Unknown_" in the table).',
    args: ["field", "value"],
    edit: ([field = "", value = ""], _values, ctx) => (note) =>
      setContactField(note, field, value, { today: ctx.today, headings: ctx.settings.headings, syncProfileRole: ctx.settings.syncProfileRole }),
    check: ([field = "", value = ""], path, ctx) => checkAlias(ctx, path, field, value),
    done: (path, [field]) => `Set ${field} in ${path}`,
    unchanged: (path, [field]) => `No change: ${field} in ${path} already has that value`,
  },
  {
    name: "touch",
    summary: "Moves last_contact forward to a date (default today).",
    details: "A date on or before the note's last_contact changes nothing.",
    args: [],
    options: { date: { type: "string", value: "YYYY-MM-DD", description: "The date of the contact (default: today)." } },
    edit: (_args, values, ctx) => {
      const date = dateOf(values, ctx);
      if (!isIsoDate(date)) throw new KithError("invalid-date", `"${date}" is not a date (YYYY-MM-DD).`);
      return (note) => setLastContact(note, date, { today: ctx.today, headings: ctx.settings.headings });
    },
    done: (path, _args, values, ctx) => `Set last contact to ${dateOf(values, ctx)} in ${path}`,
    unchanged: (path, _args, values, ctx) => `No change: ${path} already has last contact on or after ${dateOf(values, ctx)}`,
  },
];

/** Refuses an Aliases value another person is known by (see refuseSharedAlias); the vault's people are read only for an alias. */
export async function checkAlias(ctx: VaultContext, path: string, field: string, value: string): Promise<void> {
  if (contactKey(field) !== "aliases") return;
  const index = await loadPeople(ctx);
  refuseSharedAlias(index, path, field, value, index.get(path)?.name ?? path);
}

export const editCommands: Command[] = edits.map(editCommand);
