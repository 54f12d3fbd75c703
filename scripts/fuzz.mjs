// `npm run fuzz [-- RUNS]`: the property tests with KITH_FUZZ_RUNS=10000 (or RUNS) cases each.
// A failed property prints its counterexample as a ready-to-paste fixture
// (tests/hostile/fuzz-setup.ts) and writes the fixture's exact bytes to a temp folder, listed
// at the end. CI runs the same files through `npm test` with the default of 200 cases.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);

/** Every property test file under tests/: `properties.test.ts` or `*.property.test.ts`. */
function propertyFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return propertyFiles(full);
    return name === "properties.test.ts" || name.endsWith(".property.test.ts") ? [path.relative(root, full)] : [];
  });
}

const files = propertyFiles(path.join(root, "tests")).sort();
const out = mkdtempSync(path.join(tmpdir(), "kith-fuzz-"));
process.env.KITH_FUZZ_RUNS = String(runs);
process.env.KITH_FUZZ_OUT = out;
console.log(`fuzz: ${runs} cases per property in ${files.join(", ")}`);

const vitest = await startVitest("test", files, {
  root,
  run: true,
  watch: false,
  // The project's setup file, then the fuzz reporter (fast-check's global reporter).
  setupFiles: ["./vitest.setup.ts", "./tests/hostile/fuzz-setup.ts"],
  // 10,000 cases of a property take minutes on this machine; a test's own timeout still applies.
  testTimeout: 30 * 60_000,
});
await vitest?.close();

const found = readdirSync(out).filter((f) => f.endsWith(".md"));
if (found.length > 0) {
  console.log(`\nfuzz: ${found.length} counterexample fixture(s) in ${out}:`);
  for (const name of found) {
    const meta = JSON.parse(readFileSync(path.join(out, `${name}.json`), "utf8"));
    console.log(`  ${name}  (${meta.test}; other values ${JSON.stringify(meta.otherValues)})`);
    console.log(`    cp "${path.join(out, name)}" tests/fixtures/hostile/${name}`);
  }
}
const failed = process.exitCode !== undefined && process.exitCode !== 0;
console.log(failed || found.length > 0 ? "\nfuzz: FAILED" : `\nfuzz: every property held for ${runs} cases`);
if (found.length > 0) process.exitCode = 1;
