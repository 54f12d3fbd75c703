/**
 * The synthetic vault on disk, in a temp folder keyed by seed and sizes. It is written once
 * and reused while its manifest matches the generator's source and the sizes and a sample of
 * its files still has exactly the bytes the generator makes now; else it is written again.
 */
import { Buffer, crypto, fs, os, path } from "./node";
import type { SyntheticVault } from "./generate";

export interface VaultOnDisk {
  dir: string;
  /** Vault-relative paths in generation order, and what each note is. */
  files: Array<{ path: string; kind: "person" | "meeting" | "project" }>;
  bytes: number;
  /** Whether this run wrote the files (else the folder already held them). */
  written: boolean;
  /** sha1 of every path and text, in order: the vault's identity in results.json. */
  hash: string;
}

interface Manifest {
  key: string;
  hash: string;
  bytes: number;
  complete: boolean;
}

export function vaultOnDisk(vault: SyntheticVault, generatorSource: string, root = os.tmpdir()): VaultOnDisk {
  const { seed, people, meetings, projects } = vault.spec;
  const dir = path.join(root, `kith-bench-vault-s${seed}-p${people}-m${meetings}-j${projects}`);
  const manifestPath = path.join(dir, ".manifest.json");
  const key = crypto.createHash("sha1").update(generatorSource).update(JSON.stringify(vault.spec)).digest("hex");
  const files = [...vault.paths()];

  if (fs.existsSync(manifestPath)) {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Manifest;
    // The core's own name functions shape file names and texts too: spot-check a sample.
    const sample = [0, people, Math.floor(files.length / 2), files.length - 1].filter((i) => i < files.length);
    const same = sample.every((i) => {
      const full = path.join(dir, files[i]!.path);
      return fs.existsSync(full) && fs.readFileSync(full, "utf8") === vault.textAt(i);
    });
    if (manifest.complete && manifest.key === key && same) return { dir, files, bytes: manifest.bytes, written: false, hash: manifest.hash };
  }

  fs.rmSync(dir, { recursive: true, force: true });
  const hash = crypto.createHash("sha1");
  const made = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!.path;
    const text = vault.textAt(i);
    const full = path.join(dir, file);
    const folder = path.dirname(full);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(full, text);
    hash.update(file).update("\0").update(text).update("\0");
    bytes += Buffer.byteLength(text);
  }
  const manifest: Manifest = { key, hash: hash.digest("hex"), bytes, complete: true };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, files, bytes, written: true, hash: manifest.hash };
}
