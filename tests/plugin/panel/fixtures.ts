import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// A path from the module path: in a DOM test `URL` is the DOM's, which refuses file URLs.
export const VAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "vault");

/** Every note of the fixture vault by vault path (forward slashes). */
export function fixtureVault(dir = VAULT_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md")) files[relative(dir, full).split("\\").join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return files;
}
