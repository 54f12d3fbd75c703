/**
 * Loaded by `npm run fuzz` only (scripts/fuzz.mjs adds it to vitest's setup files): every failed
 * fast-check property prints its counterexample as a ready-to-paste fixture and writes the
 * fixture's exact bytes (BOM, CRLF and all) to $KITH_FUZZ_OUT, then fails with fast-check's own report.
 */
import fc from "fast-check";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { renderNote, type RenderableNote } from "../core/note-model";

/** The note model of tests/core/properties.test.ts. */
type NoteModel = RenderableNote;

function isNoteModel(value: unknown): value is NoteModel {
  return typeof value === "object" && value !== null && "sections" in value && "eol" in value && "finalEol" in value && "bom" in value;
}

/**
 * The note among a counterexample's values: every property here takes the note first (a model,
 * rendered, or its text), so the first value when it is one; else the first string that looks
 * like a note.
 */
function noteOf(values: readonly unknown[]): { note: string | null; rest: unknown[] } {
  const first = values[0];
  const index =
    isNoteModel(first) || typeof first === "string"
      ? 0
      : values.findIndex((v) => isNoteModel(v) || (typeof v === "string" && (v.includes("\n") || v.startsWith("---") || v.startsWith("#"))));
  if (index === -1) return { note: null, rest: [...values] };
  const value = values[index];
  return { note: isNoteModel(value) ? renderNote(value) : String(value), rest: values.filter((_, i) => i !== index) };
}

function slug(name: string): string {
  // The property's own name: the last part of the test name, without a "(N runs each)".
  return (name.split(" > ").at(-1) ?? name)
    .replace(/\(\d+ runs each\)/, "")
    .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "property";
}

/** How a fixture reads on a terminal: line endings and a BOM made visible, the rest as is. */
function visible(text: string): string {
  return text.replace(/^\uFEFF/, "<BOM>").replace(/\r\n/g, "<CRLF>\n").replace(/\r/g, "<CR>").replace(/[\u2028\u2029]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

export function formatCounterexample(testName: string, details: fc.RunDetails<unknown[]>): string {
  const values = details.counterexample ?? [];
  const { note, rest } = noteOf(values);
  const lines = [`── counterexample: ${testName} (seed ${details.seed}, path ${JSON.stringify(details.counterexamplePath)}) ──`];
  if (note === null) {
    lines.push(`values: ${fc.stringify(values)}`);
    return lines.join("\n");
  }
  const name = `fuzz-${slug(testName)}-${createHash("sha1").update(note).digest("hex").slice(0, 8)}.md`;
  const out = process.env.KITH_FUZZ_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, name), note);
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify({ test: testName, seed: details.seed, path: details.counterexamplePath, note, otherValues: rest }, null, 2)}\n`);
  }
  lines.push(
    `fixture: tests/fixtures/hostile/${name}${out ? `  (exact bytes written to ${join(out, name)}: cp it there)` : ""}`,
    `other values: ${fc.stringify(rest)}`,
    `as a string: ${JSON.stringify(note)}`,
    "----- fixture (line endings and BOM shown as <CRLF> <CR> <BOM>) -----",
    visible(note),
    "----- end of fixture -----",
  );
  return lines.join("\n");
}

// A plugin's onAllRunsComplete runs before fast-check reports: throwing here is the failure it reports.
fc.installGlobalPlugin(() => ({
  onAllRunsComplete(details) {
    if (!details.failed) return;
    const testName = expect.getState().currentTestName ?? "property";
    const fixture = formatCounterexample(testName, details as fc.RunDetails<unknown[]>);
    throw Object.assign(new Error(`${fc.defaultReportMessage(details)}\n\n${fixture}`), { cause: details.errorInstance });
  },
}));
