import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { KithError, applyPlan, recapEditOptions, unifiedDiff, type RecapPlan } from "../../core";
import { attendeeNotes, checkMappings, outcomes, plan, reuseMeetingNote } from "../commands/recap-apply";
import { recapFromJson } from "../commands/recap-input";
import { loadPeople } from "../people";
import { FileJournal, JOURNAL_FILE, undoLast, withJournalLock } from "../recap-journal";
import type { VaultContext } from "../vault";
import { guarded, plain, toolResult } from "./tool-result";

/** The tools that write notes; read-only mode leaves them out. */
export const RECAP_WRITE_TOOLS = ["apply_recap", "undo_recap"] as const;

const names = z.array(z.string());

/** A recap as `kith recap parse --json` prints it and `kith recap apply` reads it. */
const RECAP = z
  .object({
    date: z.string().describe("The meeting's date, YYYY-MM-DD."),
    title: z.string().describe("The meeting's title: the meeting note is named `DATE - TITLE`."),
    attendees: names.describe("Full names of the people at the meeting, as written (you, the user, are left out anyway)."),
    mentioned: names.optional().describe("People talked about who were not there: listed in the meeting note only."),
    emails: z.record(z.string(), z.string()).optional().describe("Attendee name -> email, where known: matched before the name."),
    via: z.string().nullable().optional().describe("The person, project or account the meeting is filed under."),
    summary: z.string().optional().describe("One or two sentences: each attendee's Recent Context line."),
    facts: names.optional().describe("Key facts; \"Name: fact\" gives one to that attendee only, any other to every attendee."),
    decisions: names.optional().describe("Decisions, as facts are given."),
    topics: names.optional().describe("Short topic names, added to each attendee's Topics Discussed."),
    actions: z
      .array(z.object({ text: z.string(), owner: z.string().nullable().optional(), due: z.string().nullable().optional().describe("YYYY-MM-DD") }))
      .optional()
      .describe("Action items, written as tasks in the meeting note."),
    tags: names.optional().describe("Tags for the meeting note."),
  })
  .loose()
  .describe("The meeting's recap.");

const MAP = z
  .record(z.string(), z.string())
  .optional()
  .describe("Who an ambiguous attendee is: attendee name as in the recap -> a person's full name, email or vault path ({\"Ana\": \"People/Ana Souza.md\"}).");

/** The plan the recap and map give, as `kith recap apply` makes it; an ambiguous name is refused with its candidates. */
async function planned(ctx: VaultContext, rawRecap: unknown, map: Record<string, string> | undefined): Promise<{ plan: RecapPlan; existingMeeting: string | undefined }> {
  const recap = recapFromJson(JSON.stringify(rawRecap), "the recap");
  const mapping = new Map(Object.entries(map ?? {}));
  const named = attendeeNotes(recap);
  const index = await loadPeople(ctx, named);
  checkMappings(mapping, recap, index);
  let result = await plan(ctx, index, recap, undefined, mapping, named);
  if (result.blocking.length > 0) throw new KithError("ambiguous", blockingMessage(result));
  const existingMeeting = await reuseMeetingNote(ctx, result);
  if (existingMeeting) result = await plan(ctx, index, recap, existingMeeting, mapping, named);
  return { plan: result, existingMeeting };
}

/** Why the plan cannot be applied, each ambiguous name with its candidates and how to say who. */
function blockingMessage(plan: RecapPlan): string {
  const ambiguous = plan.attendees.filter((a) => a.status === "ambiguous");
  const lines = ambiguous.map((a) => `"${a.name}" could be: ${a.candidates.map((c) => `${c.name} (${c.path})`).join(", ")}. Say who in map: {"${a.name}": "PATH"}.`);
  lines.push(...plan.blocking.slice(ambiguous.length));
  return `The recap cannot be applied; nothing was written.\n${lines.join("\n")}`;
}

/** Every note the plan writes as one unified diff, vault-relative (git apply reads it). */
function planDiff(plan: RecapPlan): string {
  const meeting = plan.meetingNote ? unifiedDiff(plan.meetingNote.path, null, plan.meetingNote.text) : "";
  return meeting + plan.notes.map((note) => (note.after === null ? "" : unifiedDiff(note.path, note.before, note.after))).join("");
}

const attendeesOf = (plan: RecapPlan) =>
  plan.attendees.map((a) => ({ name: a.name, status: a.status, path: a.person?.path ?? null, candidates: a.candidates.map((c) => c.path) }));

export function registerRecapTools(server: McpServer, ctx: VaultContext, writes: boolean): void {
  server.registerTool(
    "plan_recap",
    {
      title: "Plan a recap",
      description:
        "Shows what applying a meeting recap would do, writing nothing: each attendee matched to a person note (or a new note), each note's change as a unified diff, and the meeting note. Use it before apply_recap; an ambiguous attendee is refused with the candidates, to choose with `map`.",
      inputSchema: { recap: RECAP, map: MAP },
      annotations: { readOnlyHint: true },
    },
    ({ recap, map }) =>
      guarded(ctx, async () => {
        const { plan } = await planned(ctx, recap, map);
        const diff = planDiff(plan);
        const notes = plan.notes.map((n) => ({ path: n.path, attendee: n.attendee, create: n.create, error: n.error, kept: n.kept }));
        const failing = notes.filter((n) => n.error !== null).map((n) => `${n.path} would fail: ${n.error}`);
        const text = [`${plan.notes.length} person note${plan.notes.length === 1 ? "" : "s"} to change; meeting note ${plan.meetingPath}.`, ...failing, diff].join("\n");
        return toolResult(text, { meetingPath: plan.meetingPath, attendees: plain(attendeesOf(plan)), notes, diff });
      }),
  );
  if (!writes) return;

  server.registerTool(
    "apply_recap",
    {
      title: "Apply a recap",
      description:
        "Applies a meeting recap as `kith recap apply` does: writes the meeting note and updates every attendee's note (Recent Context, last contact, facts, decisions, topics), creating notes for new people. A journal is kept first, so undo_recap can undo it. Applying the same recap again changes nothing.",
      inputSchema: { recap: RECAP, map: MAP },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    },
    ({ recap, map }) =>
      guarded(ctx, async () => {
        const { plan, existingMeeting } = await planned(ctx, recap, map);
        const options = recapEditOptions(ctx.settings, ctx.today, ctx.rules.placeholders);
        const result = await withJournalLock(ctx.store.root, JOURNAL_FILE, true, () => applyPlan(plan, ctx.store, options, new FileJournal(ctx.store.root)));
        const notes = outcomes(plan, result, existingMeeting);
        const counts = { updated: result.updated.length, created: result.created.length, failed: result.failed.length };
        const lines = notes.map((n) => (n.error !== undefined ? `failed ${n.path}: ${n.error}` : `${n.status} ${n.path}`));
        const text = [...lines, `${counts.updated} updated, ${counts.created} created, ${counts.failed} failed`].join("\n");
        return toolResult(text, { notes: plain(notes), ...counts });
      }),
  );

  server.registerTool(
    "undo_recap",
    {
      title: "Undo the last recap",
      description:
        "Undoes the last recap applied (by this server, the CLI or the plugin): changed notes go back to their text before it, notes it created move to the vault's .trash. A note changed since the recap is left as it is and reported.",
      inputSchema: {},
      annotations: { readOnlyHint: false, destructiveHint: true },
    },
    () =>
      guarded(ctx, async () => {
        const undone = await undoLast(ctx.store.root, ctx.store);
        if (!undone) return toolResult("No recap to undo.", { undone: false, restored: [], removed: [], skipped: [] });
        const { journal, result } = undone;
        const lines = [
          ...result.restored.map((p) => `restored ${p}`),
          ...result.removed.map((p) => `removed ${p} (moved to .trash)`),
          ...result.skipped.map((s) => `skipped ${s.path}: ${s.reason}`),
          `${result.restored.length} restored, ${result.removed.length} removed, ${result.skipped.length} skipped`,
        ];
        return toolResult(lines.join("\n"), { undone: true, meetingPath: journal.meetingPath, partial: !journal.complete, ...plain(result) });
      }),
  );
}
