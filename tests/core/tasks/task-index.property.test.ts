/**
 * The task index against a model: random notes (tasks of every status and marker, names in
 * any Unicode form, handles, due dates, fences, frontmatter, CRLF, stray CRs, U+2028, BOMs)
 * set, changed, removed and renamed in any order, with queries in between. After every step
 * the index answers exactly what the model computes by brute force from the notes' lines:
 * its size, paths, each note's tasks with every field, `mentioning`, `ownedBy`, `forPerson`.
 * KITH_FUZZ_RUNS sets the runs (200 by default; `npm run fuzz` uses 10,000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TaskIndex, compareTasks, parseTaskLine, type IndexedTask } from "../../../src/core/tasks";
import { scanCodeBlocks } from "../../../src/core/sections/outline";

const RUNS = Math.max(1, Number(process.env.KITH_FUZZ_RUNS ?? "") || 200);
const TIMEOUT = Math.max(60_000, RUNS * 100);

// ---------------------------------------------------------------------------------------------
// The model: every line of the note read on its own, every query by brute force.

interface ModelTask {
  path: string;
  line: number;
  raw: string;
  text: string;
  description: string;
  status: string;
  statusType: IndexedTask["statusType"];
  due: string | null;
  dueInvalid: string | null;
  recurring: boolean;
  handles: string[];
}

const CHECKBOX = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/;

/** Open tasks of a note: lines (split at LF) of the body, outside fences, that parse as open tasks. */
function modelTasks(path: string, text: string): ModelTask[] {
  // As Obsidian shows a note whose frontmatter is never closed: as text (scanCodeBlocks' exact
  // readings are table tests in tests/core/sections/outline.test.ts).
  const { bodyStart, fences } = scanCodeBlocks(text);
  const tasks: ModelTask[] = [];
  let offset = 0;
  text.split("\n").forEach((whole, line) => {
    const lineStart = offset;
    offset += whole.length + 1;
    if (lineStart + whole.length < bodyStart) return;
    const start = Math.max(lineStart, bodyStart);
    if (fences.some(([from, to]) => start >= from && start < to)) return;
    // The line as written, less the CR of a CRLF.
    let raw = text.slice(start, lineStart + whole.length);
    if (offset <= text.length && raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (!CHECKBOX.test(raw)) return;
    const task = parseTaskLine(raw);
    if (!task?.open) return;
    const { text: body, description, status, statusType, due, dueInvalid, recurring, handles } = task;
    tasks.push({ path, line, raw, text: body, description, status, statusType, due, dueInvalid, recurring, handles });
  });
  return tasks;
}

const fold = (s: string): string => s.normalize("NFC").toLowerCase();
const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

class Model {
  readonly notes = new Map<string, ModelTask[]>();

  set(path: string, text: string | null): void {
    this.notes.delete(path);
    const tasks = text === null ? [] : modelTasks(path, text);
    if (tasks.length > 0) this.notes.set(path, tasks);
  }

  rename(from: string, to: string): void {
    const tasks = this.notes.get(from);
    this.notes.delete(from);
    this.notes.delete(to);
    if (tasks) this.notes.set(to, tasks.map((t) => ({ ...t, path: to })));
  }

  all(): ModelTask[] {
    return [...this.notes.values()].flat();
  }

  /** Each word of the name is a word of the task, and the task's folded text contains the name. */
  mentioning(name: string): ModelTask[] {
    const needle = fold(name.replace(/\s+/g, " ").trim());
    const keys = words(needle);
    if (keys.length === 0) return [];
    return this.all()
      .filter((t) => keys.every((key) => words(t.text).includes(key)) && fold(t.text).includes(needle))
      .sort(compareTasks);
  }

  ownedBy(handle: string): ModelTask[] {
    const key = fold(handle.startsWith("@") ? handle : `@${handle}`);
    return this.all()
      .filter((t) => t.handles.some((h) => fold(h) === key))
      .sort(compareTasks);
  }
}

function catchError(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return String(error);
  }
}

const plain = (t: IndexedTask | ModelTask): unknown[] => [t.path, t.line, t.raw, t.text, t.description, t.status, t.statusType, t.due, t.dueInvalid, t.recurring, t.handles];

// ---------------------------------------------------------------------------------------------
// Generators

const NAMES = ["Dana Okafor", "dana okafor", "DANA OKAFOR", "Okafor", "Okaforson", "XDana", "Zoe\u0308 Ñandu\u0301", "Zoë Ñandú", "Łukasz Żółw", "İlker", "ΣΟΦΊΑ", "σοφία", "李小龙", "🦊 Fox", "Ann-Marie", "Ω", "\u2126", "𝐀lpha", "Ǆemal", "tcbuaa", "xbaeea"];
const HANDLES = ["@DanaOkafor", "@danaokafor", "@ZoëÑandú", "@Zoe\u0308", "@李小龙", "@A.B.", "@a_b", "(@Paren", "mail@x.com", "@", "@@Dana", "@ŁukaszŻółw"];
const BITS = ["send", "the", "to", "and", "review", "📅 2026-03-05", "📆2026-01-02", "🗓️ 2026-02-02", "[due:: 2026-03-12]", "(due:: 2026-01-01)", "📅 2022-02-29", "[  due::2021-08-22T10:30 ]", "[Due:: 2026-01-03]", "🆔 abc", "⛔ abc,def", "🏁 delete", "✅ 2026-02-01", "🔁 every week", "[repeat:: daily]", "⏫", "^abc", "[[Dana Okafor]]", "[ ]", "[/]", "\u00a0", "e\u0301", "#tag"];

const taskText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NAMES) }, { weight: 2, arbitrary: fc.constantFrom(...HANDLES) }, { weight: 4, arbitrary: fc.constantFrom(...BITS) }), { maxLength: 6 })
  .chain((parts) => fc.constantFrom(" ", " ", "", "  ", ", ").map((sep) => parts.join(sep)));

const taskLine = fc
  .tuple(
    fc.constantFrom("", "", "  ", "\t", "    ", "> ", ">", "> > ", " >> ", ">\t"),
    fc.constantFrom("-", "-", "*", "+", "1.", "2)", "1234567890.", "a."),
    fc.constantFrom(" ", " ", "\t", "", "\u00a0"),
    fc.constantFrom("[ ]", "[ ]", "[ ]", "[/]", "[x]", "[X]", "[-]", "[>]", "[!]", "[?]", "[]", "[]]", "[\n]"),
    fc.constantFrom(" ", " ", "", "\t", "\u00a0", "\u2028", "\r", "  "),
    taskText,
    fc.constantFrom("", "", "", "", "\r", "\u2028x", "\u2029", " \r x"),
  )
  .map((parts) => parts.join(""));

const otherLine = fc.constantFrom("", "# Heading", "## Action Items", "```", "```dataview", "~~~", "text with [ ] box", "- item", "---", "Dana Okafor said hi", "> - [ ] quoted", "> [!note] A callout", ">", "> text [?] box", "*Last updated: 2026-01-01*", "foo\r- [ ] after a CR", "foo\u2028- [ ] after U+2028");

const note = fc
  .tuple(
    fc.constantFrom("", "", "---\ntype: meeting\n---\n", "\uFEFF", "\uFEFF---\ntitle: x\n---\n"),
    fc.array(fc.oneof({ weight: 3, arbitrary: taskLine }, { weight: 2, arbitrary: otherLine }), { maxLength: 12 }),
    fc.constantFrom("\n", "\n", "\r\n"),
    fc.boolean(),
  )
  .map(([head, lines, eol, final]) => head.replace(/\n/g, eol) + lines.join(eol) + (final ? eol : ""));

const PATHS = ["a.md", "b.md", "Meetings/c.md", "d.md"];
const path = fc.constantFrom(...PATHS);
const QUERIES = ["Dana Okafor", "Okafor", "the", "Zoë Ñandú", "σοφία", "李小龙", "tcbuaa", "xbaeea", "send the", "  ", "Fox"];

type Step =
  | { kind: "set"; path: string; text: string | null }
  | { kind: "rename"; from: string; to: string }
  | { kind: "query"; name: string; handle: string }
  /** Lookup maps made a few notes at a time, as the plugin does between frames, with notes changing in between. */
  | { kind: "prepare"; batch: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), path, text: note }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("set" as const), path, text: fc.constant(null) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: path, to: path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("query" as const), name: fc.constantFrom(...QUERIES, ...NAMES), handle: fc.constantFrom(...HANDLES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("prepare" as const), batch: fc.integer({ min: 0, max: 3 }) }) },
);

// ---------------------------------------------------------------------------------------------

describe("TaskIndex against a model", () => {
  it(
    "answers every query as the model does, after every step",
    () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
          const index = new TaskIndex();
          const model = new Model();
          for (const s of steps) {
            if (s.kind === "set") {
              // No note stops the index, not even one whose frontmatter is never closed.
              model.set(s.path, s.text);
              expect(catchError(() => index.setNote(s.path, s.text))).toBeNull();
            } else if (s.kind === "rename") {
              index.rename(s.from, s.to);
              model.rename(s.from, s.to);
            } else if (s.kind === "prepare") {
              index.prepareLookups(s.batch);
            } else {
              expect(index.mentioning(s.name).map(plain)).toEqual(model.mentioning(s.name).map(plain));
              expect(index.ownedBy(s.handle).map(plain)).toEqual(model.ownedBy(s.handle).map(plain));
              const person = index.forPerson(s.name, s.handle);
              const owned = model.ownedBy(s.handle);
              expect([person.mentioned.map(plain), person.owned.map(plain)]).toEqual([
                model.mentioning(s.name).filter((t) => !owned.some((o) => o.path === t.path && o.line === t.line)).map(plain),
                owned.map(plain),
              ]);
            }
            expect(index.size).toBe(model.all().length);
            expect([...index.all()].map(plain)).toEqual(model.all().sort(compareTasks).map(plain));
            // In no particular order: a note changed keeps its place or not.
            expect([...index.paths()].sort()).toEqual([...model.notes.keys()].sort());
            for (const p of PATHS) expect(index.tasksIn(p).map(plain)).toEqual((model.notes.get(p) ?? []).map(plain));
          }
          for (const name of QUERIES) expect(index.mentioning(name).map(plain)).toEqual(model.mentioning(name).map(plain));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
