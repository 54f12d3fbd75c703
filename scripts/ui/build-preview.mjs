/**
 * Builds the people panel's browser preview into artifacts/ui/preview/: index.html, the
 * bundle of scripts/ui/preview.ts (the panel on the fixture vault through obsidian-test-mocks,
 * aliased for the browser), the plugin's styles.css and Obsidian's default theme variables.
 */
import esbuild from "esbuild";
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "artifacts/ui/preview");
const vaultDir = path.join(root, "tests/plugin/panel/fixtures/vault");

async function readVault(dir, prefix = "") {
  const files = {};
  for (const name of (await readdir(dir)).sort()) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) Object.assign(files, await readVault(full, `${prefix}${name}/`));
    else if (name.endsWith(".md")) files[`${prefix}${name}`] = await readFile(full, "utf8");
  }
  return files;
}

export async function buildPreview() {
  await mkdir(out, { recursive: true });
  const started = performance.now();
  await esbuild.build({
    entryPoints: [path.join(root, "scripts/ui/preview.ts")],
    outfile: path.join(out, "preview.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    logLevel: "warning",
    sourcemap: "inline",
    // The panel imports `obsidian`; in the preview that is the test double.
    alias: {
      obsidian: "obsidian-test-mocks/obsidian",
      "js-yaml": path.join(root, "node_modules/js-yaml"),
      fs: path.join(root, "scripts/empty-module.cjs"),
    },
    define: {
      "Buffer.from": "String",
      KITH_FIXTURE_VAULT: JSON.stringify(await readVault(vaultDir)),
      // Today's meetings (index.html#meetings) read this calendar as an ICS file in the vault.
      KITH_FIXTURE_CALENDAR: JSON.stringify(await readFile(path.join(root, "tests/fixtures/calendar/today.ics"), "utf8")),
      // "Extract recap with your model" (tests/ui/extract.ui.ts) gets this answer from requestUrl.
      KITH_FIXTURE_COMPLETION: JSON.stringify(await readFile(path.join(root, "tests/fixtures/extract/completion-good.json"), "utf8")),
    },
  });
  await copyFile(path.join(root, "styles.css"), path.join(out, "styles.css"));
  await copyFile(path.join(root, "scripts/ui/obsidian-theme.css"), path.join(out, "obsidian-theme.css"));
  await writeFile(
    path.join(out, "index.html"),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kith people panel preview</title>
<link rel="stylesheet" href="obsidian-theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body class="theme-light">
<script src="preview.js"></script>
</body>
</html>
`,
  );
  return { dir: out, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir, ms } = await buildPreview();
  console.log(`ui preview: ${path.relative(root, dir)}/index.html (${ms} ms)`);
}
