/**
 * `npm test`: every suite, each run whatever the one before it did, so a failed unit run never
 * hides the browser suite; then one table of what ran and a closing "N passed, N failed" line.
 * A suite that is not a test runner (build, typecheck, lint) counts one test, passed or failed.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import chromium from "./ui/chromium.json" with { type: "json" };

const executable = process.env.KITH_CHROMIUM ?? chromium.path;

const SUITES = [
  { name: "build", command: ["node", "esbuild.config.mjs", "production"] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", ".", "--max-warnings", "0"] },
  { name: "unit", command: ["npx", "vitest", "run"], counts: true },
  {
    name: "browser",
    command: ["npm", "run", "test:ui"],
    counts: true,
    skip: existsSync(executable) ? null : `no Chromium at ${executable}: install it (apt-get install chromium) or set KITH_CHROMIUM`,
  },
];

/** Runs a command with its output passed through, and resolves to its exit code and output. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const pass = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on("data", pass(process.stdout));
    child.stderr.on("data", pass(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Terminal colour codes, which vitest may print even into a pipe. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** Vitest's closing "Tests  2 failed | 40 passed (42)" line, as numbers. */
function vitestCounts(output) {
  const line = output.replace(ANSI_COLOUR, "").match(/^\s*Tests\s+(.*)$/m)?.[1] ?? "";
  const count = (word) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return { passed: count("passed"), failed: count("failed"), skipped: count("skipped") };
}

const rows = [];
let passed = 0;
let failed = 0;
for (const suite of SUITES) {
  if (suite.skip) {
    rows.push([suite.name, "SKIPPED", suite.skip]);
    continue;
  }
  console.log(`\n=== ${suite.name}: ${suite.command.join(" ")}`);
  const { code, output } = await run(suite.command);
  const counts = suite.counts ? vitestCounts(output) : { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  // A runner that failed without reporting a failing test (a crash, a load error) still fails.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  const detail = suite.counts ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}` : "";
  rows.push([suite.name, code === 0 ? "passed" : `FAILED (exit ${code})`, detail]);
}

console.log("\nSuites:");
for (const [name, status, detail] of rows) console.log(`  ${name.padEnd(10)} ${status.padEnd(16)} ${detail}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = rows.some(([, status]) => status.startsWith("FAILED")) ? 1 : 0;
