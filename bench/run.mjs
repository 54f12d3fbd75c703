// `npm run bench`: builds main.js, bundles bench/bench.ts with esbuild into a temp file and runs
// it with `node --expose-gc` (heap figures need forced GCs). Flags are passed through
// (--quick, --people N, --meetings N, --seed N, --out FILE, --strict, --only SECTIONS); --no-build skips main.js.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

// The plugin rows (onload, the index build) load the built main.js. When the build fails (someone's work in progress),
// an existing main.js is used and the results say so.
let mainJs = "built by this run";
if (args.includes("--no-build")) mainJs = "not rebuilt (--no-build)";
else {
  const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) {
    if (!existsSync(path.join(root, "main.js"))) process.exit(built.status ?? 1);
    mainJs = `the build failed: an earlier main.js (${statSync(path.join(root, "main.js")).mtime.toISOString()}) is used`;
    console.warn(`bench: ${mainJs}`);
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "kith-bench-"));
const outfile = path.join(dir, "bench.mjs");
try {
  await esbuild.build({
    entryPoints: [path.join(root, "bench/bench.ts")],
    outfile,
    bundle: true,
    platform: "node",
    // ESM for top-level await; gray-matter's CommonJS `require("fs")` gets a real require.
    format: "esm",
    banner: { js: 'import { createRequire as __kithCreateRequire } from "node:module"; const require = __kithCreateRequire(import.meta.url);' },
    target: "node20",
    logLevel: "warning",
  });
  const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=6144", outfile, ...args.filter((a) => a !== "--no-build")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, KITH_ROOT: root, KITH_MAIN_JS: mainJs },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
