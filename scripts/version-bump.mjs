/**
 * npm's `version` step (`npm version patch|minor|major`): after npm has bumped package.json,
 * writes the same version into manifest.json and maps it to the minAppVersion in versions.json.
 */
import { readFileSync, writeFileSync } from "node:fs";

const version = process.env.npm_package_version;
if (!version) throw new Error("run this through `npm version`, which sets npm_package_version");
const file = (name) => new URL(`../${name}`, import.meta.url);
const manifest = JSON.parse(readFileSync(file("manifest.json"), "utf8"));
manifest.version = version;
writeFileSync(file("manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const versions = JSON.parse(readFileSync(file("versions.json"), "utf8"));
versions[version] = manifest.minAppVersion;
writeFileSync(file("versions.json"), `${JSON.stringify(versions, null, 2)}\n`);
