/**
 * The README, flag by flag: every `kith` command line it shows names a command that exists and
 * only flags that command takes, and every flag it speaks of in the CLI's sections exists.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** What kith.ts answers before any command. */
const TOP_LEVEL_FLAGS = ["--help", "--version"];

const FLAG = /--[a-z][a-z0-9-]*/g;

/** A section of the README: its heading and its lines. */
function sections(markdown: string): Array<{ heading: string; lines: string[] }> {
  const found: Array<{ heading: string; lines: string[] }> = [{ heading: "", lines: [] }];
  for (const line of markdown.split("\n")) {
    if (/^#{1,6} /.test(line)) found.push({ heading: line, lines: [] });
    else found.at(-1)?.lines.push(line);
  }
  return found;
}

/** Each place the README runs kith: a code block's line from `kith` on (its shell comment cut off), or an inline code span. */
function kithCalls(markdown: string): string[] {
  const calls: string[] = [];
  let inCode = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      const call = /(?:^|\s)(kith(?: .*)?)$/.exec(line.replace(/\s+#\s.*$/, ""))?.[1];
      if (call) calls.push(call);
    } else {
      for (const m of line.matchAll(/`(kith [^`]*)`/g)) calls.push(m[1] ?? "");
    }
  }
  return calls;
}

/** The commands a call names (`person add-decision|add-topic` and `person list/show` name two each), or [] for `kith --help`. */
function commandsOf(call: string): string[] {
  const words = call.split(/\s+/).slice(1);
  return COMMANDS.map((c) => c.spec.name).filter((name) => name.split(" ").every((part, i) => (words[i] ?? "").split(/[|/]/).includes(part)));
}

/** The groups of commands (`person`, `recap`), which prose names alone: "the `kith person` commands". */
const GROUPS = new Set(COMMANDS.map((c) => c.spec.name.split(" ")[0]));

describe("the README's kith command lines", () => {
  const calls = kithCalls(README);

  it("are found (the README shows the CLI)", () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  it.each(calls)("%s: a command that exists, with flags it takes", (call) => {
    const words = call.split(/\s+/);
    const names = commandsOf(call);
    if (names.length === 0) {
      // `kith --help`, `kith --version`: no command, a top-level flag; or a group named alone.
      expect([call, words.length === 2 && (TOP_LEVEL_FLAGS.includes(words[1] ?? "") || GROUPS.has(words[1]))]).toEqual([call, true]);
      return;
    }
    for (const name of names) {
      const spec = COMMANDS.find((c) => c.spec.name === name)!.spec;
      const unknown = [...call.matchAll(FLAG)].map((m) => m[0]).filter((flag) => !(flag.slice(2) in spec.options));
      expect([call, name, unknown]).toEqual([call, name, []]);
    }
  });
});

describe("the README's CLI sections", () => {
  it("speak only of flags some command takes", () => {
    const known = new Set([...TOP_LEVEL_FLAGS, ...COMMANDS.flatMap((c) => Object.keys(c.spec.options).map((o) => `--${o}`))]);
    const cli = sections(README).filter((s) => /kith|CLI|people cache|Editing while/.test(s.heading));
    const unknown = cli.flatMap((s) => s.lines.flatMap((line) => [...line.matchAll(FLAG)].map((m) => m[0]))).filter((flag) => !known.has(flag));
    expect(unknown).toEqual([]);
  });
});

describe("the README's npm scripts", () => {
  it("each exists in package.json", () => {
    const scripts = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
    const named = [...README.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThan(4);
    expect(named.filter((script) => !(script in scripts))).toEqual([]);
  });
});
