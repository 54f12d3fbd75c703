import { readFile } from "node:fs/promises";
import { KithError, defaultHandle, isIsoDate, renderMeetingNote } from "../../core";
import { parsePastedRecap } from "../../core/recap/paste";
import { stringOption } from "../args";
import { JSON_OPTION, type Command } from "../vault";

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new KithError("not-found", `Cannot read ${file} (${error.code ?? error.message}).`);
  });
}

export const parseCommand: Command = {
  spec: {
    name: "recap parse",
    summary: "Reads a meeting tool's text (Zoom, Meet, Teams, Otter, ...) as \"Paste recap\" does.",
    details: [
      "Prints the meeting note it makes (write it into the vault and run \"kith recap apply\"), or",
      "with --json the recap (\"kith recap apply\" takes that file too). <file> may be - for stdin.",
      "Warnings (a date in an ambiguous order, say) go to stderr, or into the JSON. A text without",
      "a sure date needs --date for the meeting note, else exit 2; --json prints date null.",
    ].join("\n"),
    args: ["file"],
    options: {
      date: { type: "string", value: "YYYY-MM-DD", description: "The meeting's date (over the text's; the base of relative due dates)." },
      ...JSON_OPTION,
      help: { type: "boolean", short: "h", description: "Show this help." },
    },
  },
  async run([file = ""], values) {
    const date = stringOption(values, "date");
    if (date !== undefined && !isIsoDate(date)) throw new KithError("invalid-date", `--date "${date}" is not a date (YYYY-MM-DD).`);
    const text = await readInput(file);
    if (text.trim() === "") throw new KithError("invalid-value", `${file === "-" ? "stdin" : file} is empty.`);
    const { warnings, ...recap } = parsePastedRecap(text, { meetingDate: date ?? null });
    recap.date ??= date ?? null;
    if (values.json === true) {
      const { date: when, title, attendees, via, summary, facts, decisions, topics, actions } = recap;
      console.log(JSON.stringify({ date: when, title, attendees, via, summary, facts, decisions, topics, actions, warnings }, null, 2));
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
  },
};
