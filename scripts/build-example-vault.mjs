// Installs the built plugin into example-vault/ and enables it there.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const obsidianDir = path.join(root, "example-vault", ".obsidian");
const pluginDir = path.join(obsidianDir, "plugins", "kith");

await mkdir(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
  await copyFile(path.join(root, file), path.join(pluginDir, file));
}

const listPath = path.join(obsidianDir, "community-plugins.json");
let enabled = [];
try {
  enabled = JSON.parse(await readFile(listPath, "utf8"));
} catch (err) {
  if (err.code !== "ENOENT") throw err;
}
if (!enabled.includes("kith")) {
  await writeFile(listPath, `${JSON.stringify([...enabled, "kith"], null, 2)}\n`);
}
console.log(`example vault: ${path.relative(process.cwd(), pluginDir)}`);
