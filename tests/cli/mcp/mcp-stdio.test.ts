/** `kith mcp` on lines no client should send: each gets its JSON-RPC error and is said on stderr, and the server answers the next. */
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkedLines } from "../../../src/cli/mcp/checked-lines";
import { KITH, tempDir } from "../run-kith";

async function serve(lines: string[]): Promise<{ status: number | null; stdout: unknown[]; stderr: string }> {
  const vault = await tempDir();
  await mkdir(path.join(vault, ".obsidian"));
  const run = spawnSync(process.execPath, [KITH, "mcp", "--vault", vault], { input: lines.map((l) => `${l}\n`).join(""), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as unknown), stderr: run.stderr };
}

const PING = JSON.stringify({ jsonrpc: "2.0", id: 7, method: "ping" });
const NO_JSON = "Parse error: the line is no JSON.";
const NO_MESSAGE = "Invalid request: no JSON-RPC message (a method with an object of params, or a result or error).";
const TOO_LONG = "Invalid request: a message over 10 MB, more than the server reads.";

describe("kith mcp on lines it cannot read", () => {
  it("answers a line that is no JSON, or no JSON-RPC message, with its error (the request's id kept), and the next as usual", async () => {
    const run = await serve(["{not json", JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: null }), PING]);
    expect(run).toEqual({
      status: 0,
      stdout: [
        { jsonrpc: "2.0", id: null, error: { code: -32700, message: NO_JSON } },
        { jsonrpc: "2.0", id: 1, error: { code: -32600, message: NO_MESSAGE } },
        { jsonrpc: "2.0", id: 7, result: {} },
      ],
      stderr: `kith: mcp: ${NO_JSON}\nkith: mcp: ${NO_MESSAGE}\n`,
    });
  });

  it("answers a message over 10 MB with an error, and goes on", async () => {
    const run = await serve([JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping", params: { pad: "x".repeat(11 * 1024 * 1024) } }), PING]);
    expect(run).toEqual({
      status: 0,
      stdout: [{ jsonrpc: "2.0", id: null, error: { code: -32600, message: TOO_LONG } }, { jsonrpc: "2.0", id: 7, result: {} }],
      stderr: `kith: mcp: ${TOO_LONG}\n`,
    });
  });
});

describe("checkedLines", () => {
  it("answers a line of exactly 10 MB with its newline as too long (the SDK would close), and passes one a byte shorter", async () => {
    const replies: unknown[] = [];
    const lines = checkedLines((reply) => replies.push(reply));
    const passed: number[] = [];
    lines.on("data", (chunk: Buffer) => passed.push(chunk.length));
    const sized = (bytes: number): string => {
      const head = '{"jsonrpc":"2.0","method":"notifications/x","params":{"pad":"';
      return `${head}${"x".repeat(bytes - head.length - 3)}"}}`;
    };
    lines.write(Buffer.from(`${sized(10 * 1024 * 1024)}\n${sized(10 * 1024 * 1024 - 1)}\n\uFEFF{"jsonrpc":"2.0","id":3,"method":"ping"}`));
    lines.end();
    await new Promise((resolve) => lines.on("end", resolve));
    // Passed on with its newline; the last line, with a BOM and no newline, is read too.
    expect(passed).toEqual([10 * 1024 * 1024, 41]);
    expect(replies).toEqual([{ jsonrpc: "2.0", id: null, error: { code: -32600, message: TOO_LONG } }]);
  });


  it("passes each good line on whole, however the chunks cut it, CRLF or not; answers the others", async () => {
    const replies: unknown[] = [];
    const lines = checkedLines((reply) => replies.push(reply));
    const passed: string[] = [];
    lines.on("data", (chunk: Buffer) => passed.push(chunk.toString("utf8")));
    for (const chunk of ['{"jsonrpc":"2.0","id":1,"met', 'hod":"ping"}\r\n\n[1,', "2]\n", '{"jsonrpc":"2.0","method":"notifications/initialized"}\n']) lines.write(Buffer.from(chunk));
    lines.end();
    await new Promise((resolve) => lines.on("end", resolve));
    expect(passed).toEqual(['{"jsonrpc":"2.0","id":1,"method":"ping"}\n', '{"jsonrpc":"2.0","method":"notifications/initialized"}\n']);
    expect(replies).toEqual([{ jsonrpc: "2.0", id: null, error: { code: -32600, message: NO_MESSAGE } }]);
  });
});
