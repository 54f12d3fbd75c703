/**
 * `npm test`'s last step: runs the browser test (`npm run test:ui`) when a Chromium is there,
 * and says plainly that it was skipped when not. KITH_CHROMIUM overrides the path in
 * chromium.json (the flags there come from the toolchain notes).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import chromium from "./chromium.json" with { type: "json" };

const executable = process.env.KITH_CHROMIUM ?? chromium.path;
if (!existsSync(executable)) {
  console.log(`UI test SKIPPED: no Chromium at ${executable}. Install it (apt-get install chromium) or set KITH_CHROMIUM, then run \`npm run test:ui\`.`);
} else {
  const result = spawnSync("npm", ["run", "test:ui"], { stdio: "inherit" });
  process.exitCode = result.status ?? 1;
}
