/**
 * `kith mcp` once its command line is parsed. The build makes this module its own file
 * (dist/kith-mcp.cjs, with the MCP SDK and zod), so every other command's bundle neither holds
 * nor parses them; it opens the vault itself, so no object crosses between the two bundles.
 */
import type { OptionValues } from "../args";
import { openVault, type VaultContext } from "../vault";
import { serveMcp } from "./server";

/** Set by the build from package.json (esbuild's define); absent when the source runs unbundled. */
declare const KITH_VERSION: string | undefined;

export async function runMcp(values: OptionValues): Promise<number> {
  // The server keeps the people cache in memory between calls; each call still stats every note.
  const readOnly = values["read-only"] === true;
  const ctx: VaultContext = { ...(await openVault(values)), peopleMemory: { notes: null, saves: !readOnly } };
  // A server runs for days: each call stamps that day's date and follows a settings change.
  ctx.refresh = async () => {
    const now = await openVault(values);
    Object.assign(ctx, { settings: now.settings, rules: now.rules, today: now.today });
  };
  await serveMcp(ctx, typeof KITH_VERSION === "string" ? KITH_VERSION : "development", readOnly);
  return 0;
}
