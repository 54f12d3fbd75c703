import { readFileSync, readdirSync } from "node:fs";
import { it } from "vitest";
import { parsePastedRecap } from "../../../../src/core/recap/paste";
const dir = "/work/main/tests/fixtures/paste/";
it("dump", () => {
  const only = process.env.ONLY;
  for (const f of readdirSync(dir).sort()) {
    if (only && !f.includes(only)) continue;
    process.stdout.write(`\n===== ${f}\n${JSON.stringify(parsePastedRecap(readFileSync(dir + f, "utf8")), null, 1)}\n`);
  }
});
