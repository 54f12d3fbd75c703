import { readFile } from "node:fs/promises";
import { KithError, defaultHandle, isIsoDate, renderMeetingNote, type PastedRecap } from "../../core";
import { stringOption, type OptionValues } from "../args";

/** A command's text input: a file, or stdin for `-`. */
export async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new KithError("not-found", `Cannot read ${file} (${error.code ?? error.message}).`);
  });
}

/** What `recap parse` and `recap extract` read: the meeting's text (not empty) and --date (checked first). */
export async function readMeetingText(file: string, values: OptionValues): Promise<{ text: string; date: string | undefined }> {
  const date = stringOption(values, "date");
  if (date !== undefined && !isIsoDate(date)) throw new KithError("invalid-date", `--date "${date}" is not a date (YYYY-MM-DD).`);
  const text = await readInput(file);
  if (text.trim() === "") throw new KithError("invalid-value", `${file === "-" ? "stdin" : file} is empty.`);
  return { text, date };
}

/**
 * A recap read from a text (recap parse, recap extract): with --json the recap and its warnings;
 * else the warnings on stderr and the meeting note on stdout, which needs a date (exit 2 without).
 */
export function printRecap(read: PastedRecap, values: OptionValues): number {
  const { warnings, ...recap } = read;
  if (values.json === true) {
    const { date, title, attendees, mentioned, emails, via, summary, facts, decisions, topics, actions, transcript } = recap;
    const json = { date, title, attendees, ...(mentioned ? { mentioned } : {}), ...(emails ? { emails } : {}), via, summary, facts, decisions, topics, actions, ...(transcript ? { transcript } : {}), warnings };
    console.log(JSON.stringify(json, null, 2));
    return 0;
  }
  for (const warning of warnings) console.error(`kith: warning: ${warning}`);
  if (recap.date === null) {
    console.error("kith: the text has no sure date; give the meeting's date with --date YYYY-MM-DD.");
    return 2;
  }
  const handles = new Map(recap.actions.flatMap((a) => (a.owner ? [[a.owner, defaultHandle(a.owner)] as const] : [])));
  process.stdout.write(renderMeetingNote(recap, { handles }));
  return 0;
}
