/** What people expect of a CLI: --version, "did you mean", the vault found without --vault, doctor --json. */
import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_VAULT, KITH, copyVault, kith, tempDir, type Run } from "./run-kith";

/** `node dist/kith.cjs ...args` in `cwd`, with KITH_VAULT set or unset as given. */
function kithIn(cwd: string, kithVault: string | undefined, ...args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.KITH_VAULT;
  if (kithVault !== undefined) env.KITH_VAULT = kithVault;
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [KITH, ...args], { cwd, env, encoding: "utf8" }, (_error, stdout, stderr) => {
      resolve({ status: child.exitCode, stdout, stderr });
    });
  });
}

describe("kith --version", () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await kith(null, "--version")).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("did you mean", () => {
  it("guesses the command a mistyped one meant, and says nothing when none is near", async () => {
    const cases: Array<[string[], string]> = [
      [["docter"], 'kith: unknown command "docter". Did you mean "doctor"? Run "kith --help".\n'],
      [["persn", "list"], 'kith: unknown command "persn". Did you mean "person list"? Run "kith --help".\n'],
      [["person", "shwo", "Dana"], 'kith: unknown command "person shwo". Did you mean "person show"? Run "kith person --help".\n'],
      [["recap", "aply"], 'kith: unknown command "recap aply". Did you mean "recap apply"? Run "kith recap --help".\n'],
      [["person", "frob"], 'kith: unknown command "person frob". Run "kith person --help".\n'],
      [["zzzzzz"], 'kith: unknown command "zzzzzz". Run "kith --help".\n'],
    ];
    const runs = await Promise.all(cases.map(([args]) => kith(null, ...args)));
    expect(runs).toEqual(cases.map(([, stderr]) => ({ status: 2, stdout: "", stderr })));
  });

  it("guesses the person a mistyped name meant", async () => {
    const cases: Array<[string, string]> = [
      ["Priya Ramen", 'kith: No person note named "Priya Ramen". Did you mean "Priya Raman"?\n'],
      ["dana okafro", 'kith: No person note named "dana okafro". Did you mean "Dana Okafor"?\n'],
      ["Someone Else Entirely", 'kith: No person note named "Someone Else Entirely".\n'],
    ];
    const runs = await Promise.all(cases.map(([query]) => kith(FIXTURE_VAULT, "person", "show", query)));
    expect(runs).toEqual(cases.map(([, stderr]) => ({ status: 2, stdout: "", stderr })));
  });
});

describe("the vault without --vault", () => {
  it("is the nearest folder up from the working folder that holds .obsidian, else KITH_VAULT; --vault wins", async () => {
    const vault = await copyVault();
    const other = await copyVault();
    const expected = await kith(vault, "person", "list");
    expect(expected.status).toBe(0);
    // From a folder deep inside the vault.
    const deep = path.join(vault, "Contacts", "sub", "folder");
    await mkdir(deep, { recursive: true });
    expect(await kithIn(deep, undefined, "person", "list")).toEqual(expected);
    // KITH_VAULT from outside any vault; --vault over KITH_VAULT.
    const outside = await tempDir();
    expect(await kithIn(outside, vault, "person", "list")).toEqual(expected);
    expect(await kithIn(outside, path.join(outside, "nowhere"), "person", "list", "--vault", other)).toEqual(expected);
  });

  it("is an error in words when there is none, nothing written", async () => {
    const outside = await tempDir();
    expect(await kithIn(outside, undefined, "person", "new", "Alex Kim")).toEqual({
      status: 2,
      stdout: "",
      stderr: "kith: missing --vault DIR (or KITH_VAULT), and no folder from here up holds .obsidian.\n",
    });
    expect(await kithIn(outside, path.join(outside, "nowhere"), "person", "list")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: The vault ${path.join(outside, "nowhere")} is not a folder.\n`,
    });
  });
});

describe("kith doctor --json", () => {
  it("reports the findings the text lists, with the same exit code", async () => {
    const text = await kith(FIXTURE_VAULT, "doctor");
    const json = await kith(FIXTURE_VAULT, "doctor", "--json");
    expect(json.status).toBe(text.status);
    expect(json.stderr).toBe(text.stderr);
    const report = JSON.parse(json.stdout) as { people: number; findings: Array<{ path: string; problem: string }> };
    expect(report.findings.map((f) => `${f.path}: ${f.problem}\n`).join("")).toBe(text.stdout);
    expect(report.people).toBe((await kith(FIXTURE_VAULT, "person", "list", "--json")).stdout.split('"path"').length - 1);
  });

  it("prints an empty list and exits 0 on clean notes", async () => {
    const vault = await tempDir();
    await mkdir(path.join(vault, ".obsidian"));
    expect(await kith(vault, "doctor", "--json")).toEqual({ status: 0, stdout: '{\n  "people": 0,\n  "findings": []\n}\n', stderr: "" });
  });
});
