import { Transform } from "node:stream";
import { JSONRPCMessageSchema } from "@modelcontextprotocol/sdk/types.js";

/** The SDK's own limit on what it buffers of one message; a longer line would make it close the connection. */
const MOST_BYTES = 10 * 1024 * 1024;

const TOO_LONG = "Invalid request: a message over 10 MB, more than the server reads.";

type ErrorReply = { jsonrpc: "2.0"; id: string | number | null; error: { code: number; message: string } };

/**
 * The client's lines on their way to the SDK's stdio transport, which drops a line it cannot
 * read without a word and closes the connection at one over 10 MB. Here such a line gets the
 * JSON-RPC error it calls for (-32700 no JSON, -32600 no JSON-RPC message, with the request's id
 * when it has one), so the client hears why instead of waiting, and the server goes on.
 */
export function checkedLines(reply: (message: ErrorReply) => void): Transform {
  let pending: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const refuse = (id: ErrorReply["id"], code: number, message: string): void => reply({ jsonrpc: "2.0", id, error: { code, message } });

  /** The line to pass on, or null when it was answered here. */
  function checked(line: Buffer): Buffer | null {
    // The SDK buffers the line with its newline: at 10 MB with it, it would close the connection.
    if (line.length + 1 > MOST_BYTES) {
      refuse(null, -32600, TOO_LONG);
      return null;
    }
    const text = line.toString("utf8").replace(/\r$/, "").replace(/^\uFEFF/, "");
    if (text.trim() === "") return null;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      refuse(null, -32700, "Parse error: the line is no JSON.");
      return null;
    }
    if (JSONRPCMessageSchema.safeParse(message).success) return Buffer.from(`${text}\n`);
    const id = (message as { id?: unknown } | null)?.id;
    refuse(typeof id === "string" || typeof id === "number" ? id : null, -32600, "Invalid request: no JSON-RPC message (a method with an object of params, or a result or error).");
    return null;
  }

  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        const whole = tooLong ? null : Buffer.concat([...pending, chunk.subarray(start, end)]);
        if (tooLong) refuse(null, -32600, TOO_LONG);
        [pending, size, tooLong, start] = [[], 0, false, end + 1];
        const passed = whole && checked(whole);
        if (passed) this.push(passed);
      }
      const rest = chunk.subarray(start);
      size += rest.length;
      // Over the limit, the rest of the line is not kept: it is answered when its end comes.
      if (size > MOST_BYTES) [pending, tooLong] = [[], true];
      else if (!tooLong) pending.push(rest);
      done();
    },
    // A last line without its newline is read all the same.
    flush(done) {
      if (tooLong) refuse(null, -32600, TOO_LONG);
      const passed = tooLong ? null : checked(Buffer.concat(pending));
      if (passed) this.push(passed);
      done();
    },
  });
}
