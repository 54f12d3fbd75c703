/**
 * The `kith` program. `--version` is answered before the commands are loaded: the build keeps
 * them behind this dynamic import (esbuild runs a bundled module's code only when it is first
 * imported), so a pipeline that asks for the version pays for no command's dependencies.
 */

/** Set by the build from package.json (esbuild's define); absent when the source runs unbundled. */
declare const KITH_VERSION: string | undefined;
const VERSION = typeof KITH_VERSION === "string" ? KITH_VERSION : "development";

const argv = process.argv.slice(2);
if (argv[0] === "--version" || argv[0] === "-V") {
  console.log(VERSION);
} else {
  void import("./main").then(async ({ main }) => {
    process.exitCode = await main(argv);
  });
}
