import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePastedRecap } from "../../../../src/core/recap/paste";
import { proseCases } from "./prose-cases";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "paste");

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

describe("parsePastedRecap reads meeting tools' prose", () => {
  it.each(proseCases)("$file", ({ file, options, expected }) => {
    expect(parsePastedRecap(fixture(file), options)).toEqual(expected);
  });
});
