import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { KithError, addKeyDecision, addKeyFact, editPersonNote, isIsoDate, logInteraction, mergeTopics, newNoteFieldName, setContactField, type NoteEdit } from "../../core";
import { findPersonPath, inNote } from "../commands/find-person";
import { checkAlias } from "../commands/person-edit";
import { givenTwice, newPerson } from "../commands/person-new";
import type { VaultContext } from "../vault";
import { addContactValue, isListValued } from "./contact-value";
import { DATE, LINE, PERSON } from "./schemas";
import { guarded, toolResult } from "./tool-result";

/** The tools that edit one person note; read-only mode leaves them out. */
export const EDIT_TOOLS = ["create_person", "add_key_fact", "add_key_decision", "add_topic", "set_contact_field", "log_interaction"] as const;

/**
 * Finds the person, runs the edit as `kith person ...` does (the core edit through the store's
 * locked atomic write, refused on a note that is no person), and says what happened.
 */
async function editPerson(ctx: VaultContext, person: string, edit: NoteEdit, done: string, unchanged: string, check?: (path: string) => Promise<void>) {
  const path = await findPersonPath(ctx, person);
  await check?.(path);
  const { changed } = await inNote(path, () => editPersonNote(ctx.store, path, edit, ctx.rules));
  return toolResult(`${changed ? done : unchanged} ${path}`, { path, changed });
}

const HAS_DATA = { readOnlyHint: false, destructiveHint: false } as const;

export function registerEditTools(server: McpServer, ctx: VaultContext): void {
  // Read at each call: the context's day and settings move on while the server runs.
  const options = (): { today: string; headings: typeof ctx.settings.headings } => ({ today: ctx.today, headings: ctx.settings.headings });

  server.registerTool(
    "create_person",
    {
      title: "Create a person note",
      description:
        "Creates a person note in the people folder, with the contact fields given (Role, Company, Email, Phone, Birthday, ...) where the vault's new notes keep them. When someone by that name or alias, or with that email, has a note already, nothing is written and that note's path is given (created: false).",
      inputSchema: {
        name: LINE("The person's full name: \"Dana Okafor\"."),
        fields: z.record(z.string(), z.string()).optional().describe("Contact fields, name -> value, one line each: {\"Role\": \"CTO\", \"Email\": \"dana@northwind.example\", \"Phone\": \"+1 555 0100\"}."),
      },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ name, fields }) =>
      guarded(ctx, async () => {
        const given = Object.entries(fields ?? {})
          .map(([field, value]) => ({ field: newNoteFieldName(field), value: value.trim() }))
          .filter((f) => f.value !== "");
        const twice = givenTwice(given);
        if (twice) throw new KithError("invalid-value", `${twice} is given twice (in two spellings); give it once.`);
        const { path, existing } = await newPerson(ctx, name, given);
        if (existing !== null) return toolResult(`Not created: ${existing} has a note already: ${path}`, { path, created: false, existing });
        return toolResult(`Created ${path}`, { path, created: true });
      }),
  );

  server.registerTool(
    "add_key_fact",
    {
      title: "Add a key fact",
      description: "Appends one fact to the person's Key Facts, unless the note has it already (ignoring case, spacing and trailing punctuation). One fact per call, one line, in plain words.",
      inputSchema: { person: PERSON, fact: LINE("The fact, one line: \"Runs two data centres active-active.\"") },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ person, fact }) => guarded(ctx, () => editPerson(ctx, person, (note) => addKeyFact(note, fact, options()), "Added key fact to", "No change: the note already has that key fact:")),
  );

  server.registerTool(
    "add_key_decision",
    {
      title: "Add a key decision",
      description: "Appends one decision (written `- ✅ DECISION`) to the person's Key Decisions, unless it is there already. Give the decision without the check mark.",
      inputSchema: { person: PERSON, decision: LINE("The decision, one line: \"Run the pilot on real workloads.\"") },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ person, decision }) =>
      guarded(ctx, () => editPerson(ctx, person, (note) => addKeyDecision(note, decision, options()), "Added key decision to", "No change: the note already has that key decision:")),
  );

  server.registerTool(
    "add_topic",
    {
      title: "Add topics",
      description: "Adds topics to the person's Topics Discussed paragraph, at the end; a topic already there (any case) is not added again.",
      inputSchema: { person: PERSON, topics: z.array(z.string().min(1)).min(1).describe("Short topic names: [\"Capacity planning\", \"Pilot scoping\"].") },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ person, topics }) =>
      guarded(ctx, () =>
        editPerson(ctx, person, (note) => mergeTopics(note, topics, { ...options(), placeholders: ctx.rules.placeholders }), "Added topics to", "No change: the note already has those topics:"),
      ),
  );

  server.registerTool(
    "set_contact_field",
    {
      title: "Set a contact field",
      description:
        "Sets a contact field (Role, Company, Email, Phone, Location, LinkedIn, ...) where the note keeps it: its contact table, a property, an inline field or a bold label. On a field a person has several of (Email, Phone, Address, URL, LinkedIn, Aliases) the value is added to the ones there, unless `replace` is true. An empty value with `replace` clears the field.",
      inputSchema: {
        person: PERSON,
        field: z.string().min(1).describe("The field's name, in any usual spelling: Role, Company, Email, E-mail, Mobile, ..."),
        value: z.string().describe("The value, one line."),
        replace: z.boolean().optional().describe("On a list-valued field, replace its (first) value instead of adding one. Other fields are always replaced."),
      },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ person, field, value, replace }) =>
      guarded(ctx, () => {
        // Clearing a field takes a word for it, whatever the field: an empty value may be a slip.
        if (value.trim() === "" && replace !== true) throw new KithError("invalid-value", `No value for ${field}; to clear it, give replace: true.`);
        const adds = replace !== true && isListValued(field);
        const fieldOptions = { ...options(), syncProfileRole: ctx.settings.syncProfileRole };
        const edit: NoteEdit = (note) => (adds ? addContactValue(note, field, value, fieldOptions) : setContactField(note, field, value, fieldOptions));
        const check = (path: string): Promise<void> => checkAlias(ctx, path, field, value);
        return editPerson(ctx, person, edit, adds ? `Added ${value.trim()} to ${field} in` : `Set ${field} in`, `No change: ${field} already has that value in`, check);
      }),
  );

  server.registerTool(
    "log_interaction",
    {
      title: "Log an interaction",
      description:
        "Logs a call, chat or meeting that has no meeting note: a Recent Context line `- DATE: SUMMARY (via VIA)` and last_contact moved forward to the date (never back). The same date and summary again changes nothing.",
      inputSchema: {
        person: PERSON,
        summary: LINE("What happened, one sentence: \"Caught up on the pilot's first week.\""),
        date: DATE.optional().describe("The day it happened, YYYY-MM-DD; default today."),
        via: z.string().optional().describe("The person, project or account it was through (optional)."),
      },
      annotations: { ...HAS_DATA, idempotentHint: true },
    },
    ({ person, summary, date, via }) =>
      guarded(ctx, () => {
        const day = date ?? ctx.today;
        if (!isIsoDate(day)) throw new KithError("invalid-date", `"${day}" is not a date (YYYY-MM-DD).`);
        const interaction = { date: day, summary, via: via?.trim() || null };
        const logOptions = { ...options(), cap: ctx.settings.recentContextCap, summaryLength: ctx.settings.summaryLength };
        return editPerson(ctx, person, (note) => logInteraction(note, interaction, logOptions), "Logged the interaction in", "No change: the interaction is logged already in");
      }),
  );
}
