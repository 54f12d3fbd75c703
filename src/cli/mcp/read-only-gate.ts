import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

/**
 * In read-only mode the write tools are not listed; a client that calls one anyway (a stale
 * tool list, a hand-written request) gets a tool error that says why, rather than the SDK's
 * "not found". The SDK has no hook between the request and its tool table, so the gate sits
 * on the transport: it answers such calls itself and passes everything else through.
 */
export function readOnlyGate(transport: Transport, writeTools: ReadonlySet<string>): Transport {
  const gate: Transport = {
    start: () => transport.start(),
    close: () => transport.close(),
    send: (message, options) => transport.send(message, options),
  };
  transport.onclose = () => gate.onclose?.();
  transport.onerror = (error) => gate.onerror?.(error);
  transport.onmessage = (message, extra) => {
    const name = refusedTool(message, writeTools);
    if (name === null) {
      gate.onmessage?.(message, extra);
      return;
    }
    const id = "id" in message ? message.id : undefined;
    if (id === undefined) return; // a notification asks for no answer
    const text = `kith mcp runs with --read-only: ${name} writes to the vault, so it is refused; nothing was written.`;
    void transport.send({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text }], isError: true } });
  };
  return gate;
}

/** The write tool a message calls, or null. */
function refusedTool(message: JSONRPCMessage, writeTools: ReadonlySet<string>): string | null {
  if (!("method" in message) || message.method !== "tools/call") return null;
  const name = (message.params as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && writeTools.has(name) ? name : null;
}
