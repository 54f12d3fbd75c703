import {
  KithError,
  applyPlan,
  isIsoDate,
  nameKey,
  planRecap,
  recapEditOptions,
  toFileName,
  unifiedDiff,
  type ApplyResult,
  type PeopleIndex,
  type Recap,
  type RecapPlan,
} from "../../core";
import { loadPeople } from "../people";
import { notesNamed, type NotesNamed } from "../notes-named";
import { UsageError, stringOption, stringsOption, type OptionValues } from "../args";
import { VAULT_OPTIONS, openVault, openVaultToLook, type Command, type VaultContext } from "../vault";
import { inNote } from "./find-person";
import { readRecapInput } from "./recap-input";
import { FileJournal, JOURNAL_FILE, withJournalLock } from "../recap-journal";

/** `--map "Ana=Ana Lúcia Ferreira"`, each split on its first `=`. */
function parseMappings(values: OptionValues): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const raw of stringsOption(values, "map")) {
    const eq = raw.indexOf("=");
    const from = raw.slice(0, eq).trim();
    const to = raw.slice(eq + 1).trim();
    if (eq === -1 || from === "" || to === "") throw new UsageError(`--map "${raw}": give NAME=PERSON (a name, alias, email or path).`);
    mapping.set(from, to);
  }
  return mapping;
}

/** Each mapping must name an attendee and exactly one person note; a typo must not make a new person. */
export function checkMappings(mapping: ReadonlyMap<string, string>, recap: Recap, index: PeopleIndex): void {
  for (const [from, to] of mapping) {
    if (!recap.attendees.some((a) => nameKey(a) === nameKey(from))) {
      throw new KithError("invalid-value", `--map "${from}=${to}": the recap has no attendee "${from}" (attendees: ${recap.attendees.join(", ")}).`);
    }
    if (index.get(to) ?? index.get(`${to}.md`)) continue;
    const { exact } = index.match(to);
    if (exact.length === 1) continue;
    const why = exact.length > 1 ? `names ${exact.length} people: ${exact.map((e) => e.path).join(", ")}` : "is no person note";
    throw new KithError(exact.length > 1 ? "ambiguous" : "not-found", `--map "${from}=${to}": "${to}" ${why}. Use the full name or the path.`);
  }
}

/** Why the plan cannot be applied, with the candidates for each ambiguous name and how to choose. */
function blockingMessage(plan: RecapPlan): string {
  const ambiguous = plan.attendees.filter((a) => a.status === "ambiguous");
  const lines = ambiguous.map(
    (a) => `"${a.name}" could be: ${a.candidates.map((c) => `${c.name} (${c.path})`).join(", ")}. Say who with --map "${a.name}=NAME".`,
  );
  // The plan lists the ambiguous names first, then the other problems (a name that cannot be a file name).
  lines.push(...plan.blocking.slice(ambiguous.length));
  return `the recap cannot be applied; nothing was written.\n${lines.map((l) => `  ${l}`).join("\n")}`;
}

export function plan(ctx: VaultContext, index: PeopleIndex, recap: Recap, meetingPath: string | undefined, mapping: ReadonlyMap<string, string>, named?: NotesNamed): Promise<RecapPlan> {
  const noteNamed = named && ((fileName: string) => named.pathOf(fileName));
  return planRecap(recap, { store: ctx.store, index, settings: ctx.settings, today: ctx.today, meetingPath, mapping, placeholders: ctx.rules.placeholders, noteNamed });
}

/** The recap's attendees as file names, for the walk to find notes so named (see notesNamed). */
export function attendeeNotes(recap: Recap): NotesNamed {
  return notesNamed(recap.attendees.flatMap((name) => {
    try {
      return [toFileName(name)];
    } catch {
      return []; // a name that can be no file name is refused by the plan
    }
  }));
}

/**
 * A JSON recap whose meeting note is already there: applying it again is a no-op when the note
 * is exactly what it would write; any other note there is not overwritten.
 */
export async function reuseMeetingNote(ctx: VaultContext, planned: RecapPlan): Promise<string | undefined> {
  if (!planned.meetingNote) return undefined;
  const existing = await ctx.store.read(planned.meetingNote.path);
  if (existing === null) return undefined;
  if (existing === planned.meetingNote.text) return planned.meetingNote.path;
  throw new KithError("exists", `${planned.meetingNote.path} already exists and differs from this recap; nothing was written. Apply that note instead, or change the title.`);
}

/** The dry run: a unified diff (vault-relative paths, `git apply` reads it) of every note the recap would write. */
function printDiff(planned: RecapPlan): number {
  let out = planned.meetingNote ? unifiedDiff(planned.meetingNote.path, null, planned.meetingNote.text) : "";
  for (const note of planned.notes) {
    if (note.after === null) console.error(`kith: ${note.path} would fail: ${note.error ?? "cannot be edited"}`);
    else out += unifiedDiff(note.path, note.before, note.after);
    for (const kept of note.kept) console.error(`kith: ${note.path}: ${kept}`);
  }
  process.stdout.write(out);
  return planned.notes.some((n) => n.after === null) ? 1 : 0;
}

/** What became of each note of the plan, in its order: the meeting note first. */
export interface NoteOutcome {
  path: string;
  /** The attendee the note is for (null: the meeting note). */
  attendee: string | null;
  status: "created" | "updated" | "unchanged" | "failed";
  error?: string;
  /** Lines the user edited that the recap left as they are. */
  kept: string[];
}

export function outcomes(planned: RecapPlan, result: ApplyResult, existingMeeting: string | undefined): NoteOutcome[] {
  const failed = new Map(result.failed.map((f) => [f.path, f.error]));
  const outcome = (path: string, attendee: string | null, kept: string[]): NoteOutcome => {
    const error = failed.get(path);
    if (error !== undefined) return { path, attendee, status: "failed", error, kept };
    const status = result.created.includes(path) ? "created" : result.updated.includes(path) ? "updated" : "unchanged";
    return { path, attendee, status, kept };
  };
  const meeting = planned.meetingNote?.path ?? existingMeeting;
  return [...(meeting ? [outcome(meeting, null, [])] : []), ...planned.notes.map((note) => outcome(note.path, note.attendee, note.kept))];
}

/** One line per note in the plan's order, then the counts; or all of it as JSON. */
function printResult(notes: NoteOutcome[], result: ApplyResult, json: boolean, warnings: string[]): void {
  const counts = { updated: result.updated.length, created: result.created.length, failed: result.failed.length };
  if (json) {
    console.log(JSON.stringify({ notes, ...counts, warnings }));
    return;
  }
  for (const note of notes) {
    console.log(note.error !== undefined ? `failed ${note.path}: ${note.error}` : `${note.status} ${note.path}`);
    // A line the user edited is left as it is: say so under the note, so it is not a surprise.
    for (const kept of note.kept) console.log(`  ${kept}`);
  }
  console.log(`${counts.updated} updated, ${counts.created} created, ${counts.failed} failed`);
}

export const applyCommand: Command = {
  spec: {
    name: "recap apply",
    summary: "Updates every attendee's person note from a meeting note or a JSON recap.",
    details: [
      "<input> is a meeting note in the vault (its path is the meeting link), or a .json recap",
      '(as "recap parse --json" prints) or a transcript (.vtt, .srt, Otter\'s text) from anywhere:',
      "then the meeting note is written too, in the meetings folder; a transcript's speakers are",
      "the attendees and the note links to it (nothing said is copied). Attendees are matched by",
      "email when the note lists one (attendee_emails), else by name or alias; new names get a new",
      "note; a name that matches people only in part is refused until --map says who it is.",
      "Before any note is written, the recap's journal (\"kith recap undo\" reads it) is started",
      `at <vault>/${JOURNAL_FILE},`,
      "and each note's write is recorded in it first, so a recap stopped part-way can be undone",
      "too. When the journal cannot be written, nothing is. A recap that changes nothing leaves",
      "the last recap's journal as it is.",
      "Exit codes: 0 applied (a no-op included), 1 some notes failed (the others were applied),",
      "2 bad input or no journal (nothing written), or the journal failed part-way (the message",
      "says how many notes were written; recap undo restores them).",
    ].join("\n"),
    args: ["input"],
    options: {
      "dry-run": { type: "boolean", description: "Print what would change as a unified diff (git apply reads it); write nothing." },
      map: { type: "string", multiple: true, value: "NAME=PERSON", description: "Who an attendee is: a person's name, alias, email or path." },
      via: { type: "string", value: "V", description: "The person, project or account the meeting is filed under (instead of the recap's)." },
      date: { type: "string", value: "YYYY-MM-DD", description: "A transcript's meeting date (over its file name's)." },
      title: { type: "string", value: "T", description: "A transcript's meeting title (over its file name)." },
      ...VAULT_OPTIONS,
      json: { type: "boolean", description: "Print each note's outcome, the counts and the warnings as JSON (not with --dry-run)." },
    },
  },
  async run([input = ""], values) {
    const ctx = values["dry-run"] === true ? await openVaultToLook(values) : await openVault(values);
    const mapping = parseMappings(values);
    const date = stringOption(values, "date");
    if (date !== undefined && !isIsoDate(date)) throw new KithError("invalid-date", `--date "${date}" is not a date (YYYY-MM-DD).`);
    const { recap, meetingPath, warnings = [] } = await inNote(input, () => readRecapInput(ctx.store, input, { date, title: stringOption(values, "title") }));
    const json = values.json === true;
    if (json && values["dry-run"] === true) throw new KithError("invalid-value", "--json and --dry-run do not go together: --dry-run prints a diff.");
    if (!json) for (const warning of warnings) console.error(`kith: warning: ${warning}`);
    const via = stringOption(values, "via");
    if (via !== undefined) recap.via = via.trim() || null;
    const named = attendeeNotes(recap);
    const index = await loadPeople(ctx, named);
    checkMappings(mapping, recap, index);
    let planned = await plan(ctx, index, recap, meetingPath, mapping, named);
    if (planned.blocking.length > 0) throw new KithError("ambiguous", blockingMessage(planned));
    const existingMeeting = await reuseMeetingNote(ctx, planned);
    if (existingMeeting) planned = await plan(ctx, index, recap, existingMeeting, mapping, named);

    if (values["dry-run"] === true) return printDiff(planned);
    const options = recapEditOptions(ctx.settings, ctx.today, ctx.rules.placeholders);
    const result = await withJournalLock(ctx.store.root, JOURNAL_FILE, true, () => applyPlan(planned, ctx.store, options, new FileJournal(ctx.store.root)));
    printResult(outcomes(planned, result, existingMeeting), result, json, warnings);
    return result.failed.length > 0 ? 1 : 0;
  },
};
