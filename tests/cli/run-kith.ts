/** Runs the built CLI against throwaway copies of the fixture vault. */
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { toIsoDate } from "../../src/core";
import { SETTINGS_FILE } from "../../src/cli/vault-settings";

export const KITH = fileURLToPath(new URL("../../dist/kith.cjs", import.meta.url));
export const FIXTURE_VAULT = fileURLToPath(new URL("../fixtures/vault", import.meta.url));

if (!existsSync(KITH)) throw new Error("dist/kith.cjs is missing: run npm run build first");

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Where a vault keeps the plugin's settings, which the CLI reads. */
export function settingsFile(vault: string): string {
  return path.join(vault, SETTINGS_FILE);
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "kith-cli-"));
  made.push(dir);
  return dir;
}

/** A fresh copy of tests/fixtures/vault (in `dir`, else a new temporary folder); removed after the test file. */
export async function copyVault(dir?: string): Promise<string> {
  dir ??= await tempDir();
  // Not the people cache that reads of the fixture vault itself leave in it: each copy starts as a fresh vault.
  await cp(FIXTURE_VAULT, dir, { recursive: true, filter: (source) => !source.endsWith("people-cache.json") });
  return dir;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/kith.cjs ...args`, with `--vault` appended when a vault is given. Async, so independent runs can overlap. */
export function kith(vault: string | null, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [KITH, ...args, ...(vault ? ["--vault", vault] : [])], { encoding: "utf8" }, (_error, stdout, stderr) => {
      resolve({ status: child.exitCode, stdout, stderr });
    });
  });
}

export function note(vault: string, file: string): Promise<string> {
  return readFile(path.join(vault, file), "utf8");
}

export function fixture(file: string): Promise<string> {
  return note(FIXTURE_VAULT, file);
}

/** Today as the CLI computes it (local time): edits stamp it into the footer. */
export function today(): string {
  return toIsoDate(new Date());
}

/** `text` with each `[from, to]` applied; every `from` must occur exactly once, so an expectation cannot silently miss. */
export function swap(text: string, ...changes: Array<[string, string]>): string {
  let result = text;
  for (const [from, to] of changes) {
    const count = result.split(from).length - 1;
    if (count !== 1) throw new Error(`expected one ${JSON.stringify(from)}, found ${count}`);
    result = result.replace(from, () => to);
  }
  return result;
}

/** Whether the tests can run the CLI as an unprivileged user, so permissions apply even when they run as root (as CI does). */
export const CAN_DROP_PRIVILEGES = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;

/** The CLI as the unprivileged user nobody (65534), through setpriv. */
export function kithAsNobody(vault: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const argv = ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, KITH, ...args, "--vault", vault];
    const child = execFile("setpriv", argv, { encoding: "utf8" }, (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
  });
}

/** A copy of the fixture vault that nobody owns and can reach; a test takes back what it needs. */
export async function nobodysVault(): Promise<string> {
  const dir = await tempDir();
  await chmod(dir, 0o755);
  const vault = await copyVault(path.join(dir, "vault"));
  spawnSync("chown", ["-R", "65534:65534", vault]);
  return vault;
}
