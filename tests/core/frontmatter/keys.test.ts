import { describe, expect, it } from "vitest";
import { keyOf } from "../../../src/core/frontmatter/keys";

describe("keyOf", () => {
  const cases: Array<[string, { key: string; colonEnd: number } | null]> = [
    ["type: people", { key: "type", colonEnd: 5 }],
    ["last_contact: '2026-01-02'", { key: "last_contact", colonEnd: 13 }],
    ["first name \t: Dana", { key: "first name", colonEnd: 13 }],
    ["url: https://example.com", { key: "url", colonEnd: 4 }],
    ["http://x: y", { key: "http://x", colonEnd: 9 }],
    ["a:b: c", { key: "a:b", colonEnd: 4 }],
    ["tags:", { key: "tags", colonEnd: 5 }],
    ["key:\r", { key: "key", colonEnd: 4 }],
    ["a#b: c", null],
    ["a:b", null],
    ["  - item", null],
    ["  nested: x", null],
    ["# comment: x", null],
    ["'quoted key': x", { key: "quoted key", colonEnd: 13 }],
    ["'it''s': x", { key: "it's", colonEnd: 8 }],
    ['"my key": x', { key: "my key", colonEnd: 9 }],
    ["-dash: x", { key: "-dash", colonEnd: 6 }],
    ["- x: y", null],
    ["é: x", { key: "é", colonEnd: 2 }],
  ];
  it.each(cases)("%j", (line, expected) => {
    expect(keyOf(line)).toEqual(expected);
  });
});
