import { readFile, realpath, stat } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, emptyRecap, isIsoDate, readMeetingNote, type ActionItem, type PastedRecap, type Recap } from "../../core";
import { readTranscript, recapFromTranscript } from "../../core/recap/transcript";
import { unreadNamedEmails } from "../../core/recap/attendee-emails";
import type { FsNoteStore } from "../fs-note-store";

/** What `recap apply` reads: a recap, and the meeting note it came from (none for a JSON recap or a transcript). */
export interface RecapInput {
  recap: Recap;
  meetingPath?: string;
  /** What the user must check (a transcript's unnamed speakers). */
  warnings?: string[];
}

/** A transcript's file by its extension: Zoom's `.transcript.vtt`, Teams' and Meet's `.vtt`, `.srt`. */
export const SUBTITLE_FILE = /\.(?:vtt|srt)$/i;

/** Given for a recap read from a transcript: its day and title, over the file name's. */
export interface TranscriptGiven {
  date?: string | null;
  title?: string | null;
}

/**
 * A transcript's text as a recap, or null when the text is not one. A .vtt or .srt file that
 * does not read as one is refused, naming it. `link` is what the meeting note links to.
 */
export function transcriptRecap(text: string, file: string, link: string, given: TranscriptGiven = {}): PastedRecap | null {
  const transcript = readTranscript(text);
  if (transcript === null) {
    if (SUBTITLE_FILE.test(file)) throw new KithError("invalid-value", `${file} is not a WebVTT or SRT transcript (no WEBVTT line or numbered cues).`);
    return null;
  }
  return recapFromTranscript(transcript, { fileName: nodePath.basename(file), link, ...given });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks one field of a JSON recap; `fallback` when it is missing. */
function field<T>(data: Record<string, unknown>, key: string, fallback: T, valid: (v: unknown) => v is T, wanted: string, file: string): T {
  const value = data[key];
  if (value === undefined) return fallback;
  if (!valid(value)) throw new KithError("invalid-value", `${file}: "${key}" must be ${wanted}.`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isEmails = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((e) => typeof e === "string" && /^[^\s<>@]+@[^\s<>@]+$/.test(e));

function actionOf(value: unknown, i: number, file: string): ActionItem {
  const where = `${file}: "actions"[${i}]`;
  if (!isRecord(value) || typeof value.text !== "string") throw new KithError("invalid-value", `${where} must be {"text", "owner", "due"} with a text.`);
  const owner = value.owner ?? null;
  const due = value.due ?? null;
  if (!isStringOrNull(owner)) throw new KithError("invalid-value", `${where}: "owner" must be a name or null.`);
  if (!isStringOrNull(due) || (due !== null && !isIsoDate(due))) throw new KithError("invalid-value", `${where}: "due" must be YYYY-MM-DD or null.`);
  return { text: value.text, owner, due };
}

/**
 * A Recap from JSON, its shape checked; missing lists are empty. Other keys (the `warnings`
 * of `recap parse --json`, say) are ignored. Whether it can be applied is the plan's check.
 */
export function recapFromJson(raw: string, file: string): Recap {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new KithError("invalid-value", `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isRecord(data)) throw new KithError("invalid-value", `${file}: a recap is a JSON object.`);
  const actions = field<unknown[]>(data, "actions", [], (v): v is unknown[] => Array.isArray(v), "a list of actions", file);
  return {
    ...emptyRecap(),
    date: field(data, "date", null, isStringOrNull, "YYYY-MM-DD", file),
    title: field(data, "title", "", isString, "a text", file),
    attendees: field(data, "attendees", [], isStrings, "a list of names", file),
    ...(data.mentioned === undefined ? {} : { mentioned: field(data, "mentioned", [], isStrings, "a list of names", file) }),
    ...(data.emails === undefined ? {} : { emails: field(data, "emails", {}, isEmails, 'an object of attendee name -> email ({"Teodor Vasilescu": "teodor@example.org"})', file) }),
    via: field(data, "via", null, isStringOrNull, "a name or null", file),
    summary: field(data, "summary", "", isString, "a text", file),
    facts: field(data, "facts", [], isStrings, "a list of texts", file),
    decisions: field(data, "decisions", [], isStrings, "a list of texts", file),
    topics: field(data, "topics", [], isStrings, "a list of texts", file),
    actions: actions.map((a, i) => actionOf(a, i, file)),
    tags: field(data, "tags", [], isStrings, "a list of tags", file),
    ...(typeof data.transcript === "string" && data.transcript.trim() !== "" ? { transcript: data.transcript.trim() } : {}),
  };
}

/** `path` relative to `root` with forward slashes, or null when it is not inside. */
function inside(root: string, path: string): string | null {
  const rel = nodePath.relative(root, path);
  if (rel === "" || rel === ".." || rel.startsWith(`..${nodePath.sep}`) || nodePath.isAbsolute(rel)) return null;
  return rel.split(nodePath.sep).join("/");
}

/**
 * The vault path of a meeting note given as a vault-relative path or as a path (absolute or
 * from the current folder) inside the vault; its path is the meeting link, so it must be in it.
 */
export async function meetingNotePath(store: FsNoteStore, input: string): Promise<string> {
  if (!nodePath.isAbsolute(input)) {
    const vaultPath = nodePath.posix.normalize(input.replace(/\\/g, "/"));
    if ((await store.read(vaultPath)) !== null) return vaultPath;
  }
  const absolute = nodePath.resolve(input);
  const real = await realpath(absolute).catch(() => null);
  if (real === null) throw new KithError("not-found", `No meeting note at ${input} (give a path inside the vault, or vault-relative).`);
  const vaultPath = inside(store.root, absolute) ?? inside(await realpath(store.root), real);
  if (vaultPath === null) {
    throw new KithError("outside-vault", `${input} is outside the vault: a meeting note must be in the vault (its path is the meeting link). Give a .json recap to write a new one.`);
  }
  return vaultPath;
}

/** Where the meeting note links a transcript: its vault path when it is in the vault, else its absolute path. */
async function transcriptLink(store: FsNoteStore, input: string): Promise<string> {
  const absolute = nodePath.resolve(input);
  const real = await realpath(absolute).catch(() => absolute);
  return inside(store.root, absolute) ?? inside(await realpath(store.root), real) ?? absolute;
}

/** A file given from the current folder, else from the vault's root; null when neither has it. */
async function findFile(store: FsNoteStore, input: string): Promise<string | null> {
  const candidates = nodePath.isAbsolute(input) ? [input] : [input, nodePath.join(store.root, input)];
  for (const candidate of candidates) if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
  return SUBTITLE_FILE.test(input) ? input : null;
}

function readInputFile(input: string): Promise<string> {
  return readFile(input, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new KithError("not-found", `Cannot read ${input} (${error.code ?? error.message}).`);
  });
}

/**
 * Reads `recap apply`'s input: a `.json` recap from anywhere; a transcript (.vtt, .srt, or a
 * text file that reads as one) from anywhere, its speakers the attendees; else a meeting note in the vault.
 */
export async function readRecapInput(store: FsNoteStore, input: string, given: TranscriptGiven = {}): Promise<RecapInput> {
  if (input.toLowerCase().endsWith(".json")) return { recap: recapFromJson(await readInputFile(input), input) };
  const transcriptFile = /\.md$/i.test(input) ? null : await findFile(store, input);
  if (transcriptFile !== null) {
    const fromTranscript = transcriptRecap(await readInputFile(transcriptFile), transcriptFile, await transcriptLink(store, transcriptFile), given);
    if (fromTranscript !== null) {
      const { warnings, ...recap } = fromTranscript;
      return { recap, warnings };
    }
  }
  const meetingPath = await meetingNotePath(store, input);
  const text = await store.read(meetingPath);
  if (text === null) throw new KithError("not-found", `No meeting note at ${meetingPath}.`);
  return { recap: readMeetingNote(text, meetingPath), meetingPath, warnings: unreadNamedEmails(text) };
}
