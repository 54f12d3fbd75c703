/* global process -- the bench is a Node program (npm run bench), never part of the plugin */
/**
 * Node's built-ins for the bench, taken with `process.getBuiltinModule` rather than imports:
 * the project's lint rules are the plugin's (no Node modules on mobile), and this code never
 * ships in main.js.
 */
export const fs = process.getBuiltinModule("node:fs");
export const fsp = process.getBuiltinModule("node:fs/promises");
export const path = process.getBuiltinModule("node:path");
export const os = process.getBuiltinModule("node:os");
export const crypto = process.getBuiltinModule("node:crypto");
export const vm = process.getBuiltinModule("node:vm");
export const { Buffer } = process.getBuiltinModule("node:buffer");
export const proc = process;

/** Writes a line to stdout (the bench's report). */
export function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}
