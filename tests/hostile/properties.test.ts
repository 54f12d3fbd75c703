/**
 * Hostile property tests: notes built from the pieces that break parsers (malformed and
 * truncated YAML, fences never closed, headings in code, broken table rows, stray footers, BOMs,
 * CRLF, lone CRs and mixed line endings, U+2028 and U+2029, tabs, any Unicode) and every person
 * edit. For each note and edit, one of:
 *   - refused by design: a KithError whose code and message (the reason, and the line it is at)
 *     are exactly those of a shape of note the core refuses (tests/hostile/refusals.ts recognises
 *     them without the core: frontmatter never closed, not YAML or holding a lone CR; a change
 *     below a code fence never closed; a contact table without its |---| row; frontmatter the
 *     line-based key finder misreads, or a value YAML cannot hold raw); a refusal of any other
 *     note fails the property;
 *   - done: a note whose frontmatter does not read is unchanged; nothing changes from a code
 *     fence never closed down; applying the edit again changes nothing; the BOM, the final line
 *     break and the line endings stay; the bytes outside the edit's own region are unchanged (a
 *     body edit never touches the frontmatter, a frontmatter edit never touches the body but for
 *     the footer date); the changed lines are only the edit's own; and reading the note back
 *     shows the change and nothing else.
 * KITH_FUZZ_RUNS sets the runs per property (200 by default; `npm run fuzz` uses 10,000).
 * The first value of every counterexample is the note itself: `npm run fuzz` prints it as a
 * fixture for tests/fixtures/hostile/.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addKeyFact,
  addRecentContext,
  detectEol,
  isKithError,
  itemKey,
  linkTargetKey,
  locateFrontmatter,
  parseContextLine,
  parseFrontmatter,
  parsePerson,
  setContactField,
  setLastContact,
  type Person,
} from "../../src/core";
import { scalarValue } from "../../src/core/frontmatter";
import { readDay } from "../../src/core/person/key-date-value";
import { setFrontmatterString } from "../support/frontmatter-edits";
import { lineDiff, splitLines, stripEol } from "../core/helpers";
import { bodyStartLine, designedRefusals, frontmatterOf, noteLines, openFence, type EditOf, type Shape } from "./refusals";

const RUNS = Math.max(1, Number(process.env.KITH_FUZZ_RUNS ?? "") || 200);
const TIMEOUT = Math.max(60_000, RUNS * 50);
const TODAY = "2026-11-25";
const CTX = { today: TODAY };
const BOM = "\uFEFF";

// ---------------------------------------------------------------------------------------------
// Generators

/** Any text on one line: any code point but LF (a lone CR, U+2028 and U+2029 stay in the line). */
const junk = fc.string({ unit: "binary", maxLength: 16 }).map((s) => s.replace(/\n/g, " "));

const yamlLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    "type: people", "type: people", "title: Dana Okafor", "title: 'Dana ''D'' Okafor'", 'title: "Dana \\"D\\" Okafor"', "title:", "title: # no value",
    "title: Dana # a comment", "created: 2026-01-03", "created: '2026-01-03'", 'last_contact: "2026-03-02"', "last_contact: '2026-03-02' # kept",
    "last_contact: 012", "last_contact: [2026-01-01]", "last_contact:", "last_contact: 2027-01-01", "zip: 012", "vip: yes", "on: off", "yes: no",
    "tags:", "- type/people", "  - needs-review", "tags: [type/people, vip]", "aliases: Dee", "# a comment", "", "  ", "key: value", "nested:",
    "  child: x", "  - item", "block: |", "  literal line", "folded: >", "  folded line",
    "bad: : x", "  bad indent: x", "dup: 1", "dup: 1",
    "url: http://x.y/z#frag", "emoji: 🦊", "rtl: مريم", "title: ---", "\"title\": quoted key", "title : spaced",
  ) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("title", "nickname", "last_contact", "x"), junk).map(([k, v]) => `${k}: ${v}`) },
  // YAML the line-based key finder misreads (frontmatter edits refuse it): quoted scalars over two
  // lines, explicit `?` keys and `:` values, anchored keys, document markers, a key after a tab.
  { weight: 1, arbitrary: fc.constantFrom('quoted: "open', 'still open"', "single: 'open", "still open'", "? complex", ": value", "&anchor a: 1", "b: *anchor", "...", "%YAML 1.2", "\ttab: x") },
);

const SECTION_TITLES = ["Key Facts", "key facts", "Recent Context", "Contact Information", "Older Context", "Related", "Background", "Topics Discussed", "Profile"];
/**
 * Layout sections at level 2 (any spacing, closing #s); other levels only for titles outside the
 * layout: a layout title at level 1 or 3 nests one layout section in another, which changes what
 * the outer one reads by design.
 */
const heading = fc.oneof(
  fc
    .tuple(fc.constantFrom("##", "##", " ##", "   ##"), fc.constantFrom(" ", " ", "\t", "  "), fc.constantFrom(...SECTION_TITLES), fc.constantFrom("", "", " ", "   ", " ##", " #", "\t", "#"))
    .map(([marks, gap, title, tail]) => `${marks}${gap}${title}${tail}`),
  fc.tuple(fc.constantFrom("#", "##", "###", "######"), fc.constantFrom("Notes", "Family", "Dana Okafor")).map(([marks, title]) => `${marks} ${title}`),
);

const SYNC = "2026-11-20 - Sync";
const contextLine = fc
  .tuple(
    fc.constantFrom("2026-11-20", "2026-11-21", "2026-01-01", "2025-12-31", "2026-11-19"),
    fc.constantFrom(SYNC, "2026-11-20 - sync|Alias", "2026-11-20 - Sync.md", "Other meeting", "M1"),
    fc.constantFrom("Agreed the plan.", "", "Talked", "x (via y)"),
    fc.constantFrom(" (via Acme)", "", " (via Sam Reyes)"),
    fc.constantFrom("- ", "* ", "-\t", "  - "),
  )
  .map(([date, link, summary, via, dash]) => `${dash}${date}: [[${link}]]${summary ? ` - ${summary}` : ""}${via}`);

const bodyLine = fc.oneof(
  { weight: 4, arbitrary: heading },
  { weight: 2, arbitrary: fc.constantFrom("```", "~~~", "````", "```dataview", "~~~~", "  ```", "    ```", "```js `x`", "``") },
  { weight: 3, arbitrary: fc.constantFrom(
    "- a fact", "- Prefers email.", "- prefers EMAIL!", "* star bullet", "+ plus bullet", "1. numbered", "  - nested", "-", "- ", "-\ttab bullet",
    "> quote", "- [ ] task @DanaOkafor 📅 2026-01-01", "continuation text", "    indented code", "- ✅ a decision",
  ) },
  { weight: 2, arbitrary: contextLine },
  { weight: 3, arbitrary: fc.constantFrom(
    "| Field | Value |", "|-------|-------|", "| **Role** | Eng |", "| **Role** |", "| **role** | x | y |", "|", "| Role | Eng |", "| **Role** | a \\| b |",
    "|**Role**|Eng|", "| **Email** | _Unknown_ |", "| **Role** |  |", "|\t**Role**\t|\tEng\t|", "| **Role** | Eng", "|---|",
  ) },
  { weight: 2, arbitrary: fc.constantFrom("---", "*Last updated: *", "*Last updated: 2026-01-01*", "*Last updated:*", "*Last updated: * ", "***", "**Role**: Engineer") },
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: junk.map((j) => `- ${j}`) },
  { weight: 1, arbitrary: fc.tuple(junk, junk).map(([a, b]) => `| **${a}** | ${b} |`) },
);

interface HostileNote {
  bom: boolean;
  frontmatter: string[] | null;
  closed: boolean;
  body: string[];
  /** Whether a code fence the body leaves open gets its closing line (most notes close theirs). */
  closeFence: boolean;
  /** Per line break: CRLF when true (all true, all false, or mixed). */
  crlf: boolean[];
  finalEol: boolean;
}

const hostileModel: fc.Arbitrary<HostileNote> = fc.record({
  bom: fc.boolean(),
  frontmatter: fc.option(fc.array(yamlLine, { maxLength: 10 }), { nil: null, freq: 4 }),
  closed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  body: fc.array(bodyLine, { maxLength: 40 }),
  closeFence: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  crlf: fc.oneof(
    fc.constant<boolean[]>([]),
    fc.constant<boolean[]>(Array.from({ length: 60 }, () => true)),
    fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  ),
  finalEol: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

function join(m: HostileNote, body: readonly string[]): string {
  const lines = [...(m.frontmatter ? ["---", ...m.frontmatter, ...(m.closed ? ["---"] : [])] : []), ...body];
  let text = "";
  lines.forEach((line, i) => {
    const eol = m.crlf[i] ? "\r\n" : "\n";
    text += i < lines.length - 1 || m.finalEol ? line + eol : line;
  });
  return (m.bom ? BOM : "") + text;
}

function render(m: HostileNote): string {
  const open = m.closeFence ? openFence(m.body.map((text) => ({ text, start: 0 }))) : null;
  const marker = open === null ? null : /^ *(`+|~+)/.exec(m.body[open] ?? "")?.[1];
  return join(m, marker ? [...m.body, marker] : m.body);
}

/** Values for setFrontmatterString: YAML's hard cases, and any code point (a value YAML cannot hold raw is written escaped). */
const values = fc.oneof(
  fc.constantFrom("Dana O. Okafor", "yes", "012", "2026-01-03", "", " padded ", "- dash", "#hash", "a: b", "it's", 'say "hi"', "[x]", "{y}", "~", "🦊 مريم"),
  junk,
);

/** The note's text is the first value, so a counterexample is a fixture as it stands. */
const hostileNote = hostileModel.map(render);

// ---------------------------------------------------------------------------------------------
// Checks

function attempt(edit: (text: string) => string, text: string): { after: string } | { error: unknown } {
  try {
    return { after: edit(text) };
  } catch (error) {
    return { error };
  }
}

/** A refusal is a KithError saying exactly what one of the shapes the core refuses by design gets. */
function expectDesignedRefusal(error: unknown, before: string, edit: EditOf): void {
  expect(isKithError(error), `not a KithError: ${String(error)}`).toBe(true);
  const { code, message } = error as { code: string; message: string };
  const designed = designedRefusals(before, edit).map((r) => `${r.code}: ${r.message}`);
  const got = `${code}: ${message}`;
  expect(designed.includes(got), `refused a note of no shape the core refuses by design: ${JSON.stringify(got)}; designed: ${JSON.stringify(designed)}`).toBe(true);
}

/**
 * A note of a refused shape that an edit did not refuse: a note whose frontmatter does not read
 * is unchanged (then true: nothing more to check), and nothing changes from a code fence never
 * closed down.
 */
function expectNothingRefusedChanged(before: string, after: string, edit: EditOf): boolean {
  for (const refusal of designedRefusals(before, edit)) {
    if (refusal.always) {
      expect(after, `${refusal.why}: changed instead of refused`).toBe(before);
      return true;
    }
  }
  const lines = noteLines(before);
  const fence = openFence(lines, bodyStartLine(frontmatterOf(before, lines)));
  if (fence !== null) {
    const below = before.slice(lines[fence]?.start ?? 0);
    expect(after.endsWith(below), `changed below the code fence left open at line ${fence + 1}`).toBe(true);
    expect(after.length === below.length || after[after.length - below.length - 1] === "\n", "joined a line to the open fence").toBe(true);
  }
  return false;
}

const lonelyCrs = (s: string): number => (s.match(/\r(?!\n)/g) ?? []).length;
const isFooter = (line: string): boolean => /^\*Last updated:.*\*[ \t]*$/.test(line);
const isStamped = (line: string): boolean => new RegExp(`^\\*Last updated: ${TODAY}\\*[ \\t]*$`).test(line);

/** BOM, final line break and line endings, the same for every edit. */
function expectBytesKeptAround(before: string, after: string, edit: (text: string) => string): void {
  expect(edit(after), "applying the edit again changes the note").toBe(after);
  expect(after.startsWith(BOM)).toBe(before.startsWith(BOM));
  expect(after.split(BOM).length).toBe(before.split(BOM).length);
  if (before.replace(BOM, "") !== "") expect(after.endsWith("\n")).toBe(before.endsWith("\n"));
  expect(lonelyCrs(after)).toBe(lonelyCrs(before));
  if (!before.includes("\r")) expect(after.includes("\r")).toBe(false);
  const breaks = (s: string): number => (s.match(/\n/g) ?? []).length;
  const crlfs = (s: string): number => (s.match(/\r\n/g) ?? []).length;
  if (breaks(before) > 0 && crlfs(before) === breaks(before)) expect(crlfs(after)).toBe(breaks(after));
}

/**
 * The last line of a text without a final line break, and how many empty lines stand right above
 * it: when that line goes, they go with it (else the text would end in a line break).
 */
function lastLineAndEmptiesAbove(text: string): { last: string; empties: number } | null {
  if (text === "" || text.endsWith("\n")) return null;
  const lines = text.split("\n");
  let empties = 0;
  for (let i = lines.length - 2; i >= 0 && (lines[i] === "" || lines[i] === "\r"); i--) empties++;
  return { last: lines.at(-1) ?? "", empties };
}

/**
 * The changed lines of two texts, each checked against what the edit may remove and add. Empty
 * lines may go only with the last line of a text without a final line break, and no more of them
 * than stand right above that line.
 */
function expectOnlyLines(eol: string, before: string, after: string, removedOk: (l: string) => boolean, addedOk: (l: string) => boolean): void {
  // Both texts end in a line break for the diff; after a lone CR it is CRLF, so the CR stays part
  // of its line (as an edit that adds a line after it keeps it).
  const close = (s: string): string => (s === "" || s.endsWith("\n") ? s : s + (s.endsWith("\r") ? "\r\n" : eol));
  const diff = lineDiff(close(before), close(after));
  // A line that became the last line of a text without a final line break lost its own line
  // break; closing the text gave it `eol`, which in a note of mixed line endings may not be the
  // break it had: it is the same line.
  const last = after === "" || after.endsWith("\n") ? undefined : splitLines(close(after)).at(-1);
  if (last !== undefined && diff.added.at(-1) === last) {
    const same = diff.removed.findIndex((l) => stripEol(l) === stripEol(last));
    if (same !== -1) {
      diff.removed.splice(same, 1);
      diff.added.pop();
    }
  }
  const tail = lastLineAndEmptiesAbove(before);
  let empties = tail && diff.removed.some((l) => stripEol(l) === tail.last) ? tail.empties : 0;
  for (const l of diff.removed) {
    const line = stripEol(l);
    if (line === "" && empties > 0 && !removedOk(line)) {
      empties--;
      continue;
    }
    expect(removedOk(line), `removed ${JSON.stringify(l)}`).toBe(true);
  }
  for (const l of diff.added) expect(addedOk(stripEol(l)), `added ${JSON.stringify(l)}`).toBe(true);
}

/** Where the body starts: after the frontmatter block, or after the BOM. */
function bodyStart(text: string): number {
  return locateFrontmatter(text)?.end ?? (text.startsWith(BOM) ? 1 : 0);
}

function tryParsePerson(text: string): Person | null {
  try {
    return parsePerson(text, "People/Dana Okafor.md");
  } catch {
    return null;
  }
}

/** Reading the note back: only `fields` differ. */
function expectOnlyChanged(p0: Person, p1: Person, fields: Array<keyof Person>): void {
  // A contact field's line moves when an edit adds lines above it; what it says must not.
  const read = (p: Person, key: keyof Person): unknown => (key === "contacts" ? JSON.parse(JSON.stringify(p.contacts, (k, v: unknown) => (k === "line" ? undefined : v))) : p[key]);
  for (const key of Object.keys(p0) as Array<keyof Person>) {
    if (!fields.includes(key)) expect(read(p1, key), `parsePerson().${key} changed`).toEqual(read(p0, key));
  }
}

interface BodyEdit {
  name: string;
  /** What the edit may be refused for (a contact edit also for its table). */
  kind: "body" | "contact";
  edit: (text: string) => string;
  removedOk: (line: string) => boolean;
  addedOk: (line: string) => boolean;
  model: (p0: Person, p1: Person, changed: boolean) => void;
}

const FACT = "Prefers email.";
const CONTEXT_LINE = `- 2026-11-20: [[${SYNC}]] - Agreed the plan. (via Acme)`;

const sameMeeting = (line: string): boolean => {
  const item = parseContextLine(line);
  return "date" in item && item.link !== null && linkTargetKey(item.link) === linkTargetKey(SYNC);
};

const BODY_EDITS: BodyEdit[] = [
  {
    name: "addKeyFact",
    kind: "body",
    edit: (t) => addKeyFact(t, FACT, CTX),
    removedOk: isFooter,
    // With the list's own marker (`*`, `+`, the next number), so the list goes on as one.
    addedOk: (l) => l.replace(/^(?:[-*+]|\d{1,9}[.)]) /, "") === FACT || l === "## Key Facts" || l.trim() === "" || isStamped(l),
    model: (p0, p1, changed) => {
      const known = p0.keyFacts.some((f) => itemKey(f) === itemKey(FACT));
      expect(changed).toBe(!known);
      // One fact more, the others in their order: after the facts above the section's first
      // sub-heading, so before any under the user's own `### Work` (the table tests say where).
      if (changed) {
        const at = p1.keyFacts.indexOf(FACT);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(p1.keyFacts.filter((_, i) => i !== at)).toEqual(p0.keyFacts);
      }
      expectOnlyChanged(p0, p1, ["keyFacts"]);
    },
  },
  {
    name: "addRecentContext",
    kind: "body",
    edit: (t) => addRecentContext(t, { date: "2026-11-20", link: SYNC, summary: "Agreed the plan.", via: "Acme" }, CTX),
    removedOk: (l) => isFooter(l) || sameMeeting(l),
    addedOk: (l) => l === CONTEXT_LINE || l === "## Recent Context" || l.trim() === "" || isStamped(l),
    model: (p0, p1) => {
      const entries = (p: Person) => [...p.recentContext, ...p.olderContext].filter((i) => "date" in i && i.link !== null && linkTargetKey(i.link) === linkTargetKey(SYNC));
      expect(entries(p1)).toHaveLength(Math.max(1, entries(p0).length));
      expectOnlyChanged(p0, p1, ["recentContext", "olderContext"]);
    },
  },
  {
    name: "setContactField",
    kind: "contact",
    edit: (t) => setContactField(t, "Role", "CTO", CTX),
    // The table's row, or a `**Role:**` line outside Profile where the field lives.
    removedOk: (l) => isFooter(l) || /^\s*\|\s*(\*\*|__)?role(\*\*|__)?\s*(\||$)/i.test(l) || /^\*\*Role(\*\*:|:\*\*)/i.test(l),
    addedOk: (l) =>
      ["## Contact Information", "| Field | Value |", "|-------|-------|", "| **Role** | CTO |"].includes(l) ||
      /^\s*\|\s*(\*\*|__)?role(\*\*|__)?\s*\|\s*CTO\s*(\||$)/i.test(l) ||
      /^\*\*Role(\*\*:|:\*\*)[ \t]*CTO[ \t]*$/i.test(l) ||
      l.trim() === "" ||
      isStamped(l),
    model: (p0, p1, changed) => {
      const role = (p: Person) => p.contacts.find((c) => c.key === "role")?.values[0];
      expect(role(p1)).toBe("CTO");
      if (!changed) expect(role(p0)).toBe("CTO");
      expectOnlyChanged(p0, p1, ["contact", "contactExtra", "contacts"]);
    },
  },
];

/**
 * Notes each body edit is checked on in every run, before the generated ones: counterexamples the
 * fuzz found once (now fixed), and their neighbours.
 */
const KNOWN_NOTES: string[] = [
  // A `...` line (YAML's document end) in the frontmatter, where a contact edit may write `role`: refused.
  "---\nnickname: \n...\n---\n",
  // A |---| line a blank line below the contact table's header: no table (refused).
  "## Contact Information\n| Field | Value |\n\n|-------|-------|\n",
  "## Contact Information\n\n| Field | Value |\nrows\n|---|---|\n| **Role** | Eng |\n",
  // Two lines for one meeting, dated either side of the entry, in one section and in two.
  `## Recent Context\n- 2026-11-19: [[${SYNC}]] - Agreed the plan. (via Acme)\n- 2026-11-21: [[${SYNC}]] - Agreed the plan. (via Acme)`,
  `## Recent Context\n\n- 2026-11-21: [[${SYNC}]] - Talked\n\n## Older Context\n\n- 2025-12-31: [[${SYNC}]]\n- 2026-11-20: [[${SYNC}]] - x (via y)\n`,
  // The meeting's only line last in a note without a final line break, empty lines above it.
  `## Older Context\n\n- 2025-12-31: [[${SYNC}]] - Agreed the plan. (via Acme)`,
  `---\ntype: people\n---\n## Older Context\r\n\r\n\r\n- 2025-12-31: [[${SYNC}]]`,
  `## Recent Context\n\n- 2026-01-01: [[M1]]\n\n- 2025-12-31: [[${SYNC}]] - Talked`,
  `## Recent Context\n\n- 2026-01-01: [[M1]]\n \n- 2025-12-31: [[${SYNC}]] - Talked`,
  // A last line that ends in a lone CR, where an edit adds lines after it.
  "- \r",
  "a\r\n- \r",
  "## Key Facts\r",
  "## Key Facts\n\r",
  "## Contact Information\n\n| Field | Value |\n|---|---|\r",
  `## Recent Context\n\n- 2025-12-31: [[M1]]\r`,
  `## Recent Context\n\n- 2025-12-31: [[M1]]\n\n- 2025-12-30: [[${SYNC}]]\r`,
];

describe(`hostile notes: every edit is exact or refused (${RUNS} runs each)`, () => {
  for (const spec of BODY_EDITS) {
    it(
      spec.name,
      () => {
        fc.assert(
          fc.property(hostileNote, (before) => {
            const result = attempt(spec.edit, before);
            if ("error" in result) return expectDesignedRefusal(result.error, before, { kind: spec.kind });
            const { after } = result;
            if (expectNothingRefusedChanged(before, after, { kind: spec.kind })) return;
            expectBytesKeptAround(before, after, spec.edit);
            const start = bodyStart(before);
            const startAfter = bodyStart(after);
            if (spec.kind === "contact" && after.slice(0, start) !== before.slice(0, start)) {
              // Role kept as a property, or new where the note keeps its contact details: its line only.
              expectOnlyLines(detectEol(before), before.slice(0, start), after.slice(0, startAfter), (l) => /^role:/i.test(l), (l) => /^role: ?['"]?CTO['"]?$/i.test(l) || /^---\r?$/.test(l));
              expectOnlyLines(detectEol(before), before.slice(start), after.slice(startAfter), isFooter, isStamped);
            } else {
              // The frontmatter block (or the BOM) is not touched by a body edit.
              expect(after.slice(0, start)).toBe(before.slice(0, start));
              expectOnlyLines(detectEol(before), before.slice(start), after.slice(start), spec.removedOk, spec.addedOk);
            }
            const p0 = tryParsePerson(before);
            const p1 = tryParsePerson(after);
            expect(p1 === null).toBe(p0 === null);
            if (p0 && p1) spec.model(p0, p1, after !== before);
          }),
          // The examples count as runs: RUNS generated notes come after them.
          { numRuns: RUNS + KNOWN_NOTES.length, examples: KNOWN_NOTES.map((note) => [note]) },
        );
      },
      TIMEOUT,
    );
  }

  /** A frontmatter edit: the YAML reads back with the one key changed; the body differs only in the footer date. */
  function frontmatterProperty(name: string, edit: (t: string) => string, key: string, expected: (old: string | undefined) => string | null, stamps: boolean): void {
    it(
      name,
      () => {
        fc.assert(
          fc.property(hostileNote, (before) => {
            const result = attempt(edit, before);
            if ("error" in result) return expectDesignedRefusal(result.error, before, { kind: "frontmatter", key });
            const { after } = result;
            if (expectNothingRefusedChanged(before, after, { kind: "frontmatter", key })) return;
            expectBytesKeptAround(before, after, edit);
            const d0 = parseFrontmatter(before).data;
            const d1 = parseFrontmatter(after).data;
            const old = scalarValue(d0[key]) ?? undefined;
            const want = expected(old);
            if (want === null) {
              expect(after).toBe(before);
              return;
            }
            expect(d1[key]).toBe(want);
            expect({ ...d1, [key]: null }).toEqual({ ...d0, [key]: null });
            const b0 = before.slice(bodyStart(before));
            const b1 = after.slice(bodyStart(after));
            expectOnlyLines(detectEol(before), b0, b1, (l) => stamps && isFooter(l), (l) => stamps && isStamped(l));
          }),
          { numRuns: RUNS },
        );
      },
      TIMEOUT,
    );
  }

  frontmatterProperty(
    "setLastContact",
    (t) => setLastContact(t, "2026-11-20", CTX),
    "last_contact",
    (old) => {
      // A day as people write it counts as that day; digits that are no one day are left as written.
      const current = readDay(old);
      if (current === null) return /\d/.test(old ?? "") ? null : "2026-11-20";
      return current >= "2026-11-20" ? null : "2026-11-20";
    },
    true,
  );

  it(
    "setFrontmatterString (title, any value)",
    () => {
      fc.assert(
        fc.property(hostileNote, values, (before, value) => {
          const edit = (t: string): string => setFrontmatterString(t, "title", value);
          const result = attempt(edit, before);
          if ("error" in result) return expectDesignedRefusal(result.error, before, { kind: "frontmatter", key: "title", value });
          const { after } = result;
          if (expectNothingRefusedChanged(before, after, { kind: "frontmatter", key: "title", value })) return;
          expectBytesKeptAround(before, after, edit);
          const d0 = parseFrontmatter(before).data;
          const d1 = parseFrontmatter(after).data;
          if (d0.title === value) expect(after).toBe(before);
          expect(d1.title).toBe(value);
          expect({ ...d1, title: null }).toEqual({ ...d0, title: null });
          expect(after.slice(bodyStart(after))).toBe(before.slice(bodyStart(before)));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe("the hostile notes", () => {
  it("hold every shape of note the core refuses by design (2,000 notes, seeded)", () => {
    const seen = new Set<Shape>();
    for (const [note, value] of fc.sample(fc.tuple(hostileNote, values), { numRuns: 2_000, seed: 20261125 })) {
      for (const edit of [{ kind: "body" }, { kind: "contact" }, { kind: "frontmatter", key: "title", value }] satisfies EditOf[]) {
        for (const refusal of designedRefusals(note, edit)) seen.add(refusal.shape);
      }
    }
    // A note that is one `---` line and nothing else is too rare to come up here: refusals.test.ts has it.
    expect([...seen].sort()).toEqual([
      "code-fence-never-closed",
      "contact-table-without-separator",
      "frontmatter-never-closed",
      "lone-cr-in-frontmatter",
      "value-not-one-scalar",
      "yaml-misread-by-lines",
      "yaml-refused",
    ]);
  });
});

