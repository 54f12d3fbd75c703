/** `kith mcp` on lines no client should send: each is said on stderr, and the server goes on or stops in words, never in silence. */
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KITH, tempDir } from "../run-kith";

async function serve(input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const vault = await tempDir();
  await mkdir(path.join(vault, ".obsidian"));
  const run = spawnSync(process.execPath, [KITH, "mcp", "--vault", vault], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("kith mcp on lines it cannot read", () => {
  it("drops a line that is no JSON, or no JSON-RPC message, says so, and answers the next", async () => {
    const ping = JSON.stringify({ jsonrpc: "2.0", id: 7, method: "ping" });
    const run = await serve(["{not json", JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: null }), ping, ""].join("\n"));
    expect(run).toEqual({
      status: 0,
      stdout: `${JSON.stringify({ result: {}, jsonrpc: "2.0", id: 7 })}\n`,
      stderr: "kith: mcp: a line was dropped: it is no JSON.\nkith: mcp: a line was dropped: it is no JSON-RPC message.\n",
    });
  });

  it("stops at a message over 10 MB, saying why, with status 1", async () => {
    const run = await serve(`${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping", params: { pad: "x".repeat(11 * 1024 * 1024) } })}\n`);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "kith: mcp: a message over 10 MB, more than the server reads; it stops.\n" });
  });
});
