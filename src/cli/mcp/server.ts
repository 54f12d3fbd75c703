import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { printable } from "../printable";
import { checkedLines } from "./checked-lines";
import type { VaultContext } from "../vault";
import { EDIT_TOOLS, registerEditTools } from "./edit-tools";
import { registerPeopleTools } from "./people-tools";
import { readOnlyGate } from "./read-only-gate";
import { RECAP_WRITE_TOOLS, registerRecapTools } from "./recap-tools";
import { registerTaskTools } from "./task-tools";

/** Every tool that writes to the vault: `--read-only` neither lists nor runs them. */
export const WRITE_TOOLS: ReadonlySet<string> = new Set([...EDIT_TOOLS, ...RECAP_WRITE_TOOLS]);

/** The MCP server over one vault, its tools registered (the write tools unless read-only). */
export function kithMcpServer(ctx: VaultContext, version: string, readOnly: boolean): McpServer {
  const server = new McpServer(
    { name: "kith", version },
    {
      instructions:
        "Kith keeps person notes in an Obsidian vault. Find people with find_person or list_people, read one with get_person, and make a note for someone new with create_person (it gives the existing note instead when the name, an alias or the email is known); the edit tools change only the lines they are for and de-duplicate. Before apply_recap, show the user plan_recap's diff.",
    },
  );
  registerPeopleTools(server, ctx);
  registerTaskTools(server, ctx);
  if (!readOnly) registerEditTools(server, ctx);
  registerRecapTools(server, ctx, !readOnly);
  return server;
}

/**
 * Serves the vault over stdio until the client closes the connection. Every call loads the
 * people as the CLI does (loadPeople), from the cache the last call left in memory
 * (ctx.peopleMemory): every note is stat'ed and only those whose path, size or times changed
 * are read, so an edit made by Obsidian or another program before a call is seen by that call.
 */
export async function serveMcp(ctx: VaultContext, version: string, readOnly: boolean): Promise<void> {
  // stdout carries the protocol: a stray console.log from shared code would break it, so it goes to stderr.
  console.log = console.error;
  const server = kithMcpServer(ctx, version, readOnly);
  // A line the SDK could not read is answered with its JSON-RPC error first (checkedLines), and said on stderr.
  const lines = checkedLines((reply) => {
    process.stdout.write(`${JSON.stringify(reply)}\n`);
    console.error(`kith: mcp: ${reply.error.message}`);
  });
  const stdio = new StdioServerTransport(process.stdin.pipe(lines), process.stdout);
  server.server.onerror = (error) => console.error(`kith: mcp: ${printable(error.message)}`);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once("end", resolve);
  });
  await server.connect(readOnly ? readOnlyGate(stdio, WRITE_TOOLS) : stdio);
  await closed;
  await server.close();
}
