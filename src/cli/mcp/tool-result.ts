import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { FrontmatterError } from "../../core";
import type { VaultContext } from "../vault";

/** A tool's answer: a short text for the model to read, and the same facts as data. */
export function toolResult(text: string, data: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text }], structuredContent: data };
}

/** A refusal the model can read and act on; the server carries on. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

/**
 * Runs one tool call on the vault as it is now (today's date and the settings read again: a
 * server runs for days); any error becomes a tool error with the message a person would get
 * from the CLI (ambiguous names with their candidates, malformed notes with their line), never
 * a crash of the server.
 */
export async function guarded(ctx: VaultContext, work: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    await ctx.refresh?.();
    return await work();
  } catch (error) {
    if (error instanceof FrontmatterError) return toolError(error.message);
    return toolError(error instanceof Error ? error.message : String(error));
  }
}

/** Plain JSON data: structured content must be a JSON object, with no undefined or class instances. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
