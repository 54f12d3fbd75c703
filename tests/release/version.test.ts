import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function check(root: string, ...args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [path.join(root, "scripts/check-version.mjs"), ...args], { encoding: "utf8" });
  return { status: run.status, out: run.stdout + run.stderr };
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder with the release files and scripts, to bump without touching the repo. */
function releaseCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kith-release-"));
  made.push(dir);
  mkdirSync(path.join(dir, "scripts"));
  for (const file of ["package.json", "manifest.json", "versions.json", "scripts/check-version.mjs", "scripts/version-bump.mjs"]) {
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  return dir;
}

describe("release version check (the release workflow runs it on the tag)", () => {
  it("passes on the repository as it is, and on a tag equal to manifest.json's version", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as { version: string };
    expect(check(ROOT).status).toBe(0);
    expect(check(ROOT, version).status).toBe(0);
    expect(check(ROOT, `refs/tags/${version}`).status).toBe(0);
  });

  it("refuses a tag that differs from manifest.json's version, saying why", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as { version: string };
    expect(check(ROOT, "v9.9.9")).toEqual({ status: 1, out: `Version check failed: the tag v9.9.9 is not manifest.json's version ${version}.\n` });
  });

  it("the version script writes npm's new version into manifest.json and versions.json", () => {
    const dir = releaseCopy();
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ ...pkg, version: "7.8.9" }));
    expect(check(dir, "7.8.9").status).toBe(1);
    execFileSync(process.execPath, [path.join(dir, "scripts/version-bump.mjs")], { env: { ...process.env, npm_package_version: "7.8.9" } });
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { version: string; minAppVersion: string };
    expect(manifest.version).toBe("7.8.9");
    expect((JSON.parse(readFileSync(path.join(dir, "versions.json"), "utf8")) as Record<string, string>)["7.8.9"]).toBe(manifest.minAppVersion);
    expect(check(dir, "7.8.9")).toEqual({ status: 0, out: `Version 7.8.9 (Obsidian ${manifest.minAppVersion}+), tag 7.8.9: consistent.\n` });
  });
});
