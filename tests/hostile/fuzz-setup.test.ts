/**
 * The fuzz reporter (tests/hostile/fuzz-setup.ts, loaded by `npm run fuzz`): a counterexample
 * comes out as a paste-ready fixture, and its exact bytes (BOM, CRLF, lone CR) go to $KITH_FUZZ_OUT.
 */
import type fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatCounterexample } from "./fuzz-setup";

function details(counterexample: unknown[]): fc.RunDetails<unknown[]> {
  return { counterexample, seed: 42, counterexamplePath: "3:1:0" } as unknown as fc.RunDetails<unknown[]>;
}

const NOTE = "\uFEFF---\r\ntitle: Dana\r\n---\r\n```\r\nline\rstill the line\n";
const NAME = "hostile notes: every edit is exact or refused (10000 runs each) > setFrontmatterString (title, any value)";

describe("formatCounterexample", () => {
  const saved = process.env.KITH_FUZZ_OUT;
  const roots: string[] = [];
  afterEach(() => {
    if (saved === undefined) delete process.env.KITH_FUZZ_OUT;
    else process.env.KITH_FUZZ_OUT = saved;
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it("prints the note, the first value, as a fixture with its line endings and BOM shown", () => {
    delete process.env.KITH_FUZZ_OUT;
    // The second value starts with "#", like a note: the note is still the first value.
    const text = formatCounterexample(NAME, details([NOTE, "#hash"]));
    const file = /fixture: tests\/fixtures\/hostile\/(fuzz-setfrontmatterstring-title-any-value-[0-9a-f]{8}\.md)/.exec(text)?.[1];
    expect(file).toBeDefined();
    expect(text).toBe(
      [
        `── counterexample: ${NAME} (seed 42, path "3:1:0") ──`,
        `fixture: tests/fixtures/hostile/${file}`,
        'other values: ["#hash"]',
        `as a string: ${JSON.stringify(NOTE)}`,
        "----- fixture (line endings and BOM shown as <CRLF> <CR> <BOM>) -----",
        "<BOM>---<CRLF>",
        "title: Dana<CRLF>",
        "---<CRLF>",
        "```<CRLF>",
        "line<CR>still the line",
        "",
        "----- end of fixture -----",
      ].join("\n"),
    );
  });

  it("writes the fixture's exact bytes, and what found it, to $KITH_FUZZ_OUT", () => {
    const out = mkdtempSync(join(tmpdir(), "kith-fuzz-test-"));
    roots.push(out);
    process.env.KITH_FUZZ_OUT = out;
    const text = formatCounterexample(NAME, details([NOTE, "x"]));
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    const [md, json] = files as [string, string];
    expect(json).toBe(`${md}.json`);
    expect(text).toContain(`fixture: tests/fixtures/hostile/${md}  (exact bytes written to ${join(out, md)}: cp it there)`);
    expect(readFileSync(join(out, md), "utf8")).toBe(NOTE);
    expect(JSON.parse(readFileSync(join(out, json), "utf8"))).toEqual({ test: NAME, seed: 42, path: "3:1:0", note: NOTE, otherValues: ["x"] });
  });

  it("prints the values as they are when none is a note", () => {
    delete process.env.KITH_FUZZ_OUT;
    expect(formatCounterexample("p", details([3, [1, 2]]))).toBe('── counterexample: p (seed 42, path "3:1:0") ──\nvalues: [3,[1,2]]');
  });
});
