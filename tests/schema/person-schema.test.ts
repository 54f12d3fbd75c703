import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseContextLine, parsePerson, type Person } from "../../src/core";
import { validate, type Schema } from "./validate";

const vault = fileURLToPath(new URL("../../example-vault/", import.meta.url));
const schema = JSON.parse(readFileSync(fileURLToPath(new URL("../../schema/person.schema.json", import.meta.url)), "utf8")) as Schema;

const notes = readdirSync(`${vault}People`)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((file) => {
    const path = `People/${file}`;
    return { path, person: parsePerson(readFileSync(`${vault}${path}`, "utf8"), path) };
  });

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

describe("schema/person.schema.json", () => {
  it("has the example vault's person notes to check", () => {
    expect(notes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(notes)("accepts parsePerson's result for $path", ({ person }) => {
    expect(validate(person, schema)).toEqual([]);
  });

  it("requires exactly the keys parsePerson returns, and describes each of them", () => {
    const keys = sorted(Object.keys(notes[0]!.person));
    expect(sorted(schema.required ?? [])).toEqual(keys);
    expect(sorted(Object.keys(schema.properties ?? {}))).toEqual(keys);
    const profile = schema.properties?.profile;
    expect(sorted(profile?.required ?? [])).toEqual(sorted(Object.keys(notes[0]!.person.profile)));
  });

  it("describes both shapes of a context line with exactly their keys", () => {
    const [entry, raw] = schema.$defs?.contextItem?.oneOf ?? [];
    expect(sorted(entry?.required ?? [])).toEqual(sorted(Object.keys(parseContextLine("- 2026-03-02: [[Call]] - Scoped it (via Acme)"))));
    expect(sorted(raw?.required ?? [])).toEqual(sorted(Object.keys(parseContextLine("- no date here"))));
  });

  it("rejects an extra key, a wrong type and a context line of neither shape", () => {
    const person: Person = notes[0]!.person;
    expect(validate({ ...person, nickname: "Dee" }, schema)).toEqual(['$: unexpected "nickname"']);
    expect(validate({ ...person, autoCreated: "true" }, schema)).toEqual(["$.autoCreated: expected boolean, got string"]);
    expect(validate({ ...person, contact: { Role: 7 } }, schema)).toEqual(["$.contact.Role: expected string or null, got number"]);
    const { handle: _handle, ...withoutHandle } = person;
    expect(validate(withoutHandle, schema)).toEqual(['$: missing "handle"']);
    const mixed = { raw: "- x", date: "2026-03-02", link: null, summary: "x", via: null };
    expect(validate({ ...person, olderContext: [mixed] }, schema)).toEqual([
      "$.olderContext[0]: matches 0 of the oneOf schemas, not exactly one",
    ]);
  });
});

describe("the example vault", () => {
  const meetings = new Set(readdirSync(`${vault}Meetings`).map((f) => f.replace(/\.md$/, "")));

  it.each(notes)("links only meeting notes that exist from $path", ({ person }) => {
    for (const item of [...person.recentContext, ...person.olderContext]) {
      if ("link" in item && item.link) expect(meetings).toContain(item.link);
    }
  });
});
