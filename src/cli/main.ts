import { UsageError, parseCommand, wantsHelp } from "./args";
import { calendarCommands } from "./commands/calendar";
import { contactsCommands } from "./commands/contacts";
import { datesCommand } from "./commands/dates";
import { doctorCommand } from "./commands/doctor";
import { mcpCommand } from "./commands/mcp";
import { personCommands } from "./commands/person";
import { recapCommands } from "./commands/recap";
import { tasksCommand } from "./commands/tasks";
import { didYouMean, closest } from "./did-you-mean";
import { commandHelp, groupHelp } from "./help";
import type { Command } from "./vault";

/**
 * Exit codes: 0 done (a no-op included), 1 `doctor` found problems or `recap apply`/`recap undo`
 * left some notes as they were (the others done), 2 any error, nothing written.
 */
const ERROR = 2;

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [...personCommands, ...recapCommands, ...calendarCommands, ...contactsCommands, tasksCommand, datesCommand, doctorCommand, mcpCommand];

const GROUPS: Record<string, string> = {
  "": "Kith: person notes in plain Markdown, from the command line.",
  person: "Read and edit person notes.",
  recap: "Apply a meeting recap to every attendee's note, undo it, or read a meeting tool's text.",
  contacts: "Import contacts (vCard, Google or Outlook CSV) into person notes, undo the import, or export people as vCard or CSV.",
  calendar: "A day's meetings from a calendar (ICS file or address), and an occurrence's meeting note.",
};

/** The command `argv` starts with and the arguments after its words. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  for (const command of COMMANDS) {
    const words = command.spec.name.split(" ");
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return null;
}

/** The help of the group `argv` names (`kith`, `kith person`): on stdout when asked for, else a usage error. */
function groupUsage(argv: string[]): number {
  const group = argv[0] !== undefined && argv[0] in GROUPS ? argv[0] : "";
  const members = COMMANDS.filter((c) => group === "" || c.spec.name.startsWith(`${group} `));
  const help = groupHelp(group, GROUPS[group] ?? "", members.map((c) => c.spec));
  const next = argv[group === "" ? 0 : 1];
  if (next === undefined || wantsHelp([next])) {
    if (next === undefined) {
      console.error(help);
      return ERROR;
    }
    console.log(help);
    return 0;
  }
  const typed = [group, next].filter(Boolean).join(" ");
  throw new UsageError(`unknown command "${typed}".${didYouMean(guessCommand(group, next, argv[1]))} Run "kith ${group ? `${group} ` : ""}--help".`);
}

/**
 * The commands a mistyped word may have meant: within its group (`person shwo`), else among the
 * groups and top-level commands (`docter`, `persn list`, completed with the next word when that
 * makes a command).
 */
function guessCommand(group: string, typed: string, after: string | undefined): string[] {
  if (group) {
    const members = COMMANDS.map((c) => c.spec.name).filter((n) => n.startsWith(`${group} `));
    return closest(typed, members, (n) => [n.slice(group.length + 1)]);
  }
  const words = [...new Set(COMMANDS.map((c) => c.spec.name.split(" ")[0] ?? ""))];
  return closest(typed, words, (w) => [w]).map((w) => (COMMANDS.some((c) => c.spec.name === `${w} ${after}`) ? `${w} ${after}` : w));
}

/** Runs a command line (without `--version`, which kith.ts answers) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const found = findCommand(argv);
    if (!found) return groupUsage(argv);
    const { command, rest } = found;
    let parsed;
    try {
      parsed = parseCommand(command.spec, rest);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(`${error.message} Run "kith ${command.spec.name} --help".`);
      throw error;
    }
    if (parsed.help) {
      console.log(commandHelp(command.spec));
      return 0;
    }
    return await command.run(parsed.args, parsed.values);
  } catch (error) {
    console.error(`kith: ${error instanceof Error ? error.message : String(error)}`);
    return ERROR;
  }
}
