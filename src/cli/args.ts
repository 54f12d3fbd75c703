import { parseArgs } from "node:util";

/** A command line the CLI cannot run: exit code 2, with a pointer to the command's help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** A string option that may be given more than once (`--map A=B --map C=D`). */
  multiple?: boolean;
  /** The value's placeholder in help (`DIR`, `YYYY-MM-DD`). */
  value?: string;
  description: string;
}

/** One command's shape; help text and parsing both come from it, so they cannot drift apart. */
export interface CommandSpec {
  /** The words that invoke it: `person add-fact`. */
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** More of the command's help, below the summary. */
  details?: string;
  /** Positional arguments in order, each required. */
  args: string[];
  options: Record<string, OptionSpec>;
}

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export type ParsedCommand = { help: true } | { help: false; args: string[]; values: OptionValues };

/** `-h`/`--help` anywhere before `--` asks for help, even next to arguments that would not parse. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "-h" || a === "--help");
}

export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand {
  if (wantsHelp(argv)) return { help: true };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(spec.options).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains itself well ("Unknown option '--x'"); keep only its first sentence.
    const message = error instanceof Error ? error.message.split(". ")[0] ?? error.message : String(error);
    throw new UsageError(`${spec.name}: ${message.replace(/\.$/, "")}.${dashTextHint(spec, argv)}`);
  }
  const args = parsed.positionals;
  if (args.length !== spec.args.length) {
    const wanted = spec.args.map((a) => `<${a}>`).join(" ") || "no arguments";
    throw new UsageError(`${spec.name}: expected ${wanted}, got ${args.length} argument${args.length === 1 ? "" : "s"}.`);
  }
  // Only string options are repeatable, so a list holds strings.
  return { help: false, args, values: parsed.values as OptionValues };
}

/**
 * Text that starts with a dash (`-2% churn`) reads as an option: how to give it, when argv holds
 * such a text (a dash then no letter, or a space).
 */
function dashTextHint(spec: CommandSpec, argv: readonly string[]): string {
  const end = argv.indexOf("--");
  const text = (end === -1 ? argv : argv.slice(0, end)).find((a) => /^-(?![-a-z])|^-.* /i.test(a));
  if (text === undefined || spec.args.length === 0) return "";
  const before = spec.args.slice(0, -1).map((a) => `<${a}> `).join("");
  return ` To give text that starts with "-", put -- before it: kith ${spec.name} ${before}-- ${JSON.stringify(text)}.`;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** Every value of a repeatable option, in order. */
export function stringsOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}
