/**
 * Node's built-ins for the bench, in one place. The bench is a Node program (`npm run bench`
 * bundles it with esbuild for Node); none of it ships in main.js.
 */
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import timers from "node:timers";
import vm from "node:vm";

export { Buffer, crypto, fs, os, path, spawnSync, timers, vm };
export const proc = process;

/** Writes a line to stdout (the bench's report). */
export function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}
