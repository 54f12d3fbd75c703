import type { CommandSpec } from "./args";

/** Usage text for one command, built from the same spec its arguments are parsed with. */
export function commandHelp(spec: CommandSpec): string {
  const args = spec.args.map((a) => ` <${a}>`).join("");
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}${o.multiple ? "..." : ""}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: kith ${spec.name}${args} [options]`,
    "",
    spec.summary,
    ...(spec.details ? [spec.details] : []),
    "",
    "Options:",
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
  ].join("\n");
}

/** Where a command finds its vault, for the help of every command that works on one. */
export const VAULT_HELP =
  "The vault is --vault DIR; without it, $KITH_VAULT; without that, the nearest folder\nfrom the working folder up that holds .obsidian (Obsidian's vault folder).";

/** Usage text for a group of commands (`kith`, `kith person`). */
export function groupHelp(name: string, summary: string, commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: kith ${name}${name ? " " : ""}<command> [options]`,
    "",
    summary,
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    ...(name ? [] : ["Options:", "  --version  Print Kith's version.", "", VAULT_HELP, ""]),
    `Run "kith ${name ? `${name} ` : ""}<command> --help" for a command's options.`,
  ].join("\n");
}
