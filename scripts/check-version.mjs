/**
 * Checks that a release is consistent: package.json, manifest.json and versions.json name the
 * same version (versions.json maps it to manifest.json's minAppVersion), and, given a tag, that
 * the tag is that version, since Obsidian looks the release up by manifest.json's version.
 * `node scripts/check-version.mjs [TAG]`; exit 1 with the reason when not.
 */
import { readFileSync } from "node:fs";

const read = (file) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
const manifest = read("manifest.json");
const versions = read("versions.json");
const pkg = read("package.json");
const tag = process.argv[2]?.replace(/^refs\/tags\//, "");

const problems = [];
if (pkg.version !== manifest.version) problems.push(`package.json says ${pkg.version}, manifest.json ${manifest.version}`);
if (versions[manifest.version] !== manifest.minAppVersion) {
  problems.push(`versions.json maps ${manifest.version} to ${versions[manifest.version] ?? "nothing"}, manifest.json's minAppVersion is ${manifest.minAppVersion}`);
}
if (tag !== undefined && tag !== manifest.version) problems.push(`the tag ${tag} is not manifest.json's version ${manifest.version}`);

if (problems.length > 0) {
  console.error(`Version check failed: ${problems.join("; ")}.`);
  process.exitCode = 1;
} else {
  console.log(`Version ${manifest.version} (Obsidian ${manifest.minAppVersion}+)${tag ? `, tag ${tag}` : ""}: consistent.`);
}
