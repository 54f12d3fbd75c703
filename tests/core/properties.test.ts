/**
 * Property tests: random person notes in the layout (plus the drift real vaults have) and
 * every edit. For each edit and note:
 *   (a) only the edit's own lines change (and the footer line): the line diff, with the footer
 *       line taken out of both texts, is exactly the lines the edit is for, in one place;
 *   (b) applying it twice is applying it once;
 *   (c) parsePerson reads back what it wrote, and nothing else in the model changed;
 *   (d) every line keeps the note's line ending, the BOM and the final line break stay.
 * KITH_FUZZ_RUNS sets the runs per property (200 by default; `npm run fuzz` uses 10,000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addKeyDecision,
  addKeyFact,
  addRecentContext,
  formatScalar,
  itemKey,
  linkTargetKey,
  listValue,
  markReviewed,
  mergeTopics,
  parseFrontmatter,
  parsePerson,
  setContactField,
  setLastContact,
  splitTopics,
  type Person,
  type RecentContextEntry,
  type RecentContextItem,
} from "../../src/core";
import { addFrontmatterListItem, setFrontmatterString } from "../support/frontmatter-edits";
import { BOM, CTX, lineDiff, splitLines, stripEol, TODAY, type LineDiff } from "./helpers";
import { renderNote } from "./note-model";

const RUNS = Math.max(1, Number(process.env.KITH_FUZZ_RUNS ?? "") || 200);
const TIMEOUT = Math.max(60_000, RUNS * 100);

// ---------------------------------------------------------------------------------------------
// Generators

type Eol = "\n" | "\r\n";
type Quote = "" | "'" | '"';
type LayoutKey =
  | "contact"
  | "relationship"
  | "background"
  | "projects"
  | "keyFacts"
  | "topics"
  | "recentContext"
  | "olderContext"
  | "profile"
  | "keyDecisions"
  | "related";

const TITLES: Record<LayoutKey, string> = {
  contact: "Contact Information",
  relationship: "Relationship",
  background: "Background",
  projects: "Projects",
  keyFacts: "Key Facts",
  topics: "Topics Discussed",
  recentContext: "Recent Context",
  olderContext: "Older Context",
  profile: "Profile",
  keyDecisions: "Key Decisions",
  related: "Related",
};
const CANONICAL = Object.keys(TITLES) as LayoutKey[];

/** Words with the characters that trip Markdown and YAML; none starts a heading, fence, table or footer. */
const WORDS = [
  "Dana",
  "okafor",
  "Zoë",
  "Ñandú",
  "東京",
  "مريم",
  "דנה",
  "🦊",
  "👩🏽‍💻",
  "a|b",
  "x#y",
  "[link]",
  "[[Note]]",
  "it's",
  '"quoted"',
  "C:",
  "50%",
  "yes",
  "2026-01-01",
  "**bold**",
  "`code`",
  "<tag>",
  "a\\b",
  "&",
  "data",
  "pilot",
  "cluster",
  "S3",
  "—",
  "x.",
  "ok!",
  "@DanaOkafor",
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

/** A line of prose or a list line: never a heading, fence, table row, rule or footer. */
const freeLine = fc.oneof(
  sentence,
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `  ${s}`),
  sentence.map((s) => `> ${s}`),
  sentence.map((s) => `1. ${s}`),
  fc.constant(""),
  fc.constant("   "),
);

/** What a fenced block may hold: things that would be structure outside code. */
const codeLine = fc.oneof(
  freeLine,
  fc.constantFrom(
    "## Key Facts",
    "## Recent Context",
    "## Topics Discussed",
    "## Contact Information",
    "# Not the title",
    "- 2026-01-01: [[M1]] - fake entry",
    "| **Role** | fake |",
    "|-------|-------|",
    "*Last updated: 1999-01-01*",
    "---",
    "- fake fact",
  ),
);

const fencedBlock = fc
  .record({
    fence: fc.constantFrom("```", "~~~", "````", "```dataview", "~~~~"),
    body: fc.array(codeLine, { maxLength: 4 }),
    inner: fc.boolean(),
  })
  .map(({ fence, body, inner }) => {
    const close = fence.replace(/[a-z]+$/, "");
    // A 4-backtick or tilde fence may hold a 3-backtick one; it does not close it.
    const nested = inner && (close === "````" || close.startsWith("~")) ? ["```", "## Key Decisions", "```"] : [];
    return [fence, ...body, ...nested, close];
  });

/** Noise a section may end with: prose, list lines, fenced blocks. */
const noise = fc.array(fc.oneof(freeLine.map((l) => [l]), fencedBlock), { maxLength: 3 }).map((blocks) => blocks.flat());

const LINKS = ["M1", "M2", "2026-03-02 - Pilot scoping", "Intro call", "Zoë 1:1"];
/** Older Context links are its own, so no meeting is in both sections of a generated note. */
const OLD_LINKS = ["Old 1", "Old 2"];
const FACTS = ["Knows Rust.", "Runs two data centres.", "Has a dog", "Speaks Portuguese"];
const TOPICS = ["Capacity planning", "Pilot scoping", "Billing", "Zoë's team", "S3 API", "Hiring"];
const FIELDS = ["Role", "Company", "Email", "Phone", "Location", "Pronouns", "Notes"];
const NAMES = ["Dana Okafor", "Zoë Ñandú", "Dana O'Neil", "مريم العلي", "Kai: Brandt", "Yes", "Ana-Lima"];

const isoDate = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const contextEntryFrom = (links: string[]): fc.Arbitrary<RecentContextEntry> =>
  fc.record({
    date: isoDate,
    link: fc.option(fc.constantFrom(...links), { nil: null }),
    summary: sentence.map((s) => s.replace(/[()]/g, "")),
    via: fc.option(fc.constantFrom("Acme", "Sam Reyes", "Northwind"), { nil: null }),
  });
const contextEntry = contextEntryFrom([...LINKS, ...OLD_LINKS]);

/** Context lines newest first, one line per meeting. */
const contextLines = (links: string[]): fc.Arbitrary<string[]> =>
  fc.array(contextEntryFrom(links), { maxLength: 3 }).map((es) =>
    es
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .filter((e, i, all) => all.findIndex((o) => (e.link ? o.link === e.link : !o.link && o.date === e.date && itemKey(o.summary) === itemKey(e.summary))) === i)
      .map(formatLine),
  );

interface NoteModel {
  eol: Eol;
  bom: boolean;
  frontmatter: string[] | null;
  sections: string[][];
  /** The footer block's lines (the rule, then `*Last updated: ...*`), or null. */
  footer: string[] | null;
  finalEol: boolean;
  quote: Quote;
}

function headingLine(title: string, style: number): string {
  switch (style) {
    case 1:
      return `## ${title} ##`;
    case 2:
      return `## ${title}   `;
    case 3:
      return `##  ${title.toLowerCase()}`;
    default:
      return `## ${title}`;
  }
}

function q(value: string, quote: Quote): string {
  return quote === "" ? value : formatScalar(value, quote);
}

const frontmatterArb = fc
  .record({
    name: fc.constantFrom(...NAMES),
    titleQuote: fc.constantFrom<Quote>("", "'", '"'),
    dateQuote: fc.constantFrom<Quote>("", "'", '"'),
    created: isoDate,
    lastContact: fc.option(isoDate, { nil: null }),
    autoCreated: fc.boolean(),
    tagStyle: fc.constantFrom("block", "indented", "flow"),
    review: fc.boolean(),
    extraTag: fc.option(fc.constantFrom("work", "#vip", "needs-review-later"), { nil: null }),
    aliases: fc.option(fc.constantFrom("flow", "block"), { nil: null }),
    comment: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map((f) => {
    const tags = ["type/people", ...(f.extraTag ? [f.extraTag] : []), ...(f.review ? ["needs-review"] : [])];
    const tail = f.trailing ? " # note" : "";
    const dash = f.tagStyle === "indented" ? "  - " : "- ";
    const lines = [
      ...(f.comment ? ["# kept by hand"] : []),
      "type: people",
      `title: ${f.titleQuote === "" ? formatScalar(f.name) : formatScalar(f.name, f.titleQuote)}${tail}`,
      `created: ${q(f.created, f.dateQuote)}`,
      ...(f.lastContact ? [`last_contact: ${q(f.lastContact, f.dateQuote)}${tail}`] : []),
      ...(f.autoCreated ? ["auto_created: true"] : []),
      ...(f.tagStyle === "flow"
        ? [`tags: [${tags.map((t) => formatScalar(t)).join(", ")}]${tail}`]
        : ["tags:", ...tags.flatMap((t, i) => [...(f.comment && i === tags.length - 1 ? ["# last tag"] : []), `${dash}${formatScalar(t)}`])]),
      ...(f.aliases === "flow" ? [`aliases: [${formatScalar(f.name.split(" ")[0] ?? "x")}]`] : []),
      ...(f.aliases === "block" ? ["aliases:", `${dash}Nick`] : []),
    ];
    return { lines, quote: f.dateQuote };
  });

function sectionArb(key: LayoutKey): fc.Arbitrary<string[]> {
  const heading = fc.integer({ min: 0, max: 3 }).map((s) => headingLine(TITLES[key], s));
  let body: fc.Arbitrary<string[]>;
  switch (key) {
    case "contact":
      body = fc
        .record({
          extra: fc.boolean(),
          rows: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 4 }),
          values: fc.array(fc.oneof(fc.constant("_Unknown_"), sentence.map((s) => s.replace(/\|/g, "\\|"))), { minLength: 4, maxLength: 4 }),
          broken: fc.boolean(),
        })
        .map(({ extra, rows, values, broken }) => [
          "",
          extra ? "| Field | Value | Source |" : "| Field | Value |",
          extra ? "|-------|-------|--------|" : "|-------|-------|",
          ...rows.map((f, i) => {
            if (broken && i === rows.length - 1) return `| **${f}** |`;
            return `| **${f}** | ${values[i] ?? "_Unknown_"} |${extra ? " card |" : ""}`;
          }),
        ]);
      break;
    case "keyFacts":
      body = fc.array(fc.oneof(fc.constantFrom(...FACTS), sentence), { maxLength: 3 }).map((fs) => ["", ...fs.map((f) => `- ${f}`)]);
      break;
    case "keyDecisions":
      body = fc.array(fc.oneof(fc.constantFrom(...FACTS), sentence), { maxLength: 3 }).map((ds) => ["", ...ds.map((d) => `- ✅ ${d}`)]);
      break;
    case "topics":
      body = fc.oneof(
        fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 4 }).map((ts) => ["", ts.join(", ")]),
        fc.constant<string[]>(["", "_Nothing yet_"]),
        fc.constant<string[]>([]),
      );
      break;
    case "recentContext":
      body = contextLines(LINKS).map((ls) => ["", ...ls]);
      break;
    case "olderContext":
      body = contextLines(OLD_LINKS).map((ls) => ["", ...ls]);
      break;
    case "profile":
      body = fc.constant<string[]>(["", "**Role**: Engineer", "**Relationship**: Peer"]);
      break;
    default:
      body = fc.oneof(fc.constant<string[]>(["", "_A placeholder prompt_"]), fc.array(freeLine, { maxLength: 2 }).map((ls) => ["", ...ls]));
  }
  return fc.tuple(heading, body, noise, fc.boolean()).map(([h, b, n, blank]) => [h, ...b, ...n, ...(blank ? [""] : [])]);
}

const customSection = fc
  .tuple(fc.constantFrom("Family", "Gift Ideas", "Scratchpad", "Notes ##"), noise)
  .map(([title, lines]) => [`## ${title}`, "", ...lines, ""]);

/** Which layout sections the note has, in canonical order or shuffled, with custom ones among them. */
const sectionsArb = fc
  .record({
    present: fc.subarray(CANONICAL),
    custom: fc.array(customSection, { maxLength: 2 }),
    shuffle: fc.boolean(),
  })
  .chain(({ present, custom, shuffle }) =>
    fc.tuple(...present.map(sectionArb)).chain((sections) => {
      const all = [...sections, ...custom];
      return shuffle ? fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }) : fc.constant(all);
    }),
  );

const noteArb: fc.Arbitrary<NoteModel> = fc
  .record({
    eol: fc.constantFrom<Eol>("\n", "\r\n"),
    bom: fc.boolean(),
    frontmatter: fc.option(frontmatterArb, { nil: null, freq: 6 }),
    sections: sectionsArb,
    footer: fc.option(fc.constantFrom("", "2026-01-01"), { nil: null, freq: 4 }),
    rule: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map((m) => ({
    eol: m.eol,
    bom: m.bom,
    frontmatter: m.frontmatter ? m.frontmatter.lines : null,
    sections: m.sections,
    footer: m.footer === null ? null : [...(m.rule ? ["---"] : []), `*Last updated: ${m.footer}*`],
    finalEol: m.finalEol,
    quote: m.frontmatter ? m.frontmatter.quote : "'",
  }));

const render = (m: NoteModel): string => renderNote(m);

function formatLine(e: { date: string; link: string | null; summary: string; via: string | null }): string {
  let line = `- ${e.date}: `;
  if (e.link) line += `[[${e.link}]]${e.summary ? " - " : ""}`;
  line += e.summary;
  if (e.via) line += ` (via ${e.via})`;
  return line.trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every edit

const oneLine = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();
const hasSection = (m: NoteModel, key: LayoutKey): boolean => m.sections.some((s) => s[0]?.replace(/#+\s*$/, "").trim().replace(/^##\s+/, "").toLowerCase() === TITLES[key].toLowerCase());
const nonBlank = (lines: string[]): string[] => lines.map(stripEol).filter((l) => l.trim() !== "");
const blanks = (lines: string[]): number => lines.filter((l) => stripEol(l).trim() === "").length;

/** The text with a final line break and without the footer line, for the line diff. */
function comparable(text: string, m: NoteModel): string {
  // The BOM and the final line break are checked on their own (d).
  let t = text.startsWith(BOM) ? text.slice(1) : text;
  t = t.endsWith("\n") || t === "" ? t : t + m.eol;
  if (m.footer !== null) {
    const lastStart = t.lastIndexOf("\n", t.length - 2) + 1;
    expect(t.slice(lastStart)).toMatch(/^\*Last updated:[^\n]*\*\r?\n$/);
    t = t.slice(0, lastStart);
  }
  return t;
}

function footerLine(text: string): string {
  const body = text.replace(/\r?\n$/, "");
  return body.slice(body.lastIndexOf("\n") + 1).replace(/\r$/, "");
}

interface Outcome {
  before: string;
  after: string;
  diff: LineDiff;
  p0: Person;
  p1: Person;
}

/**
 * Runs an edit and checks (b) idempotence, (d) line endings, and the footer rule; returns the
 * diff without the footer line for the edit's own check of (a) and (c).
 */
function run(m: NoteModel, edit: (text: string) => string, stamps: boolean): Outcome {
  const before = render(m);
  const after = edit(before);
  // (b)
  expect(edit(after)).toBe(after);
  // (d)
  if (m.eol === "\n") expect(after.includes("\r")).toBe(false);
  else expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  expect(after.startsWith(BOM)).toBe(m.bom);
  expect(after.indexOf(BOM, 1)).toBe(-1);
  // The footer line: today's date exactly when a person edit changed the note.
  if (m.footer !== null) {
    const expected = stamps && after !== before ? `*Last updated: ${TODAY}*` : footerLine(before);
    expect(footerLine(after)).toBe(expected);
  }
  const diff = lineDiff(comparable(before, m), comparable(after, m));
  // The final line break stays as it was, unless the edit took away the last line itself.
  const last = stripEol(splitLines(comparable(before, m)).at(-1) ?? "");
  if (!diff.removed.some((l) => stripEol(l) === last)) expect(after.endsWith("\n")).toBe(before.endsWith("\n"));
  if (after === before) expect(diff).toEqual({ removed: [], added: [], hunks: 0 });
  return { before, after, diff, p0: parsePerson(before, "People/Person.md"), p1: parsePerson(after, "People/Person.md") };
}

/** (c), the second half: the model changed only in `fields`. */
function onlyChanged(o: Outcome, fields: Array<keyof Person>): void {
  const strip = (p: Person): Partial<Person> => {
    // A contact field's line moves when an edit adds lines above it; what it says must not.
    const copy: Partial<Person> = { ...p, contacts: JSON.parse(JSON.stringify(p.contacts, (key, value: unknown) => (key === "line" ? undefined : value))) as Person["contacts"] };
    for (const f of fields) delete copy[f];
    return copy;
  };
  expect(strip(o.p1)).toEqual(strip(o.p0));
}

/** (a) for a bullet added to a section: nothing removed, the bullet (and the heading when new) added in one place. */
function expectBulletAdded(o: Outcome, m: NoteModel, key: LayoutKey, line: string, hadItems: boolean): void {
  expect(o.diff.removed).toEqual([]);
  expect(o.diff.hunks).toBe(1);
  // The list's own marker (`* `, `2. `) may stand for `- ` (the table tests say which).
  const asDash = (added: string): string => added.replace(/^(?:[*+]|\d{1,9}[.)]) /, "- ");
  expect(nonBlank(o.diff.added).map(asDash)).toEqual(hasSection(m, key) ? [line] : [`## ${TITLES[key]}`, line]);
  expect(blanks(o.diff.added)).toBeLessThanOrEqual(hadItems ? 0 : 3);
}

const isEntry = (i: RecentContextItem): i is RecentContextEntry => "date" in i;

// ---------------------------------------------------------------------------------------------
// The properties

const options = { numRuns: RUNS };

describe(`edits on random notes (${RUNS} runs each)`, () => {
  it(
    "addKeyFact",
    () => {
      fc.assert(
        fc.property(noteArb, fc.oneof(fc.constantFrom(...FACTS), sentence), (m, raw) => {
          const fact = oneLine(raw).replace(/^[-*+](?:\s+|$)/, "");
          fc.pre(fact !== "");
          const o = run(m, (t) => addKeyFact(t, raw, CTX), true);
          const known = o.p0.keyFacts.some((f) => itemKey(f) === itemKey(fact));
          if (known) {
            expect(o.after).toBe(o.before);
            return;
          }
          expectBulletAdded(o, m, "keyFacts", `- ${fact}`, o.p0.keyFacts.length > 0);
          expect(o.p1.keyFacts).toEqual([...o.p0.keyFacts, fact]);
          onlyChanged(o, ["keyFacts"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "addKeyDecision",
    () => {
      fc.assert(
        fc.property(noteArb, fc.oneof(fc.constantFrom(...FACTS), sentence), (m, raw) => {
          const decision = oneLine(raw);
          const o = run(m, (t) => addKeyDecision(t, raw, CTX), true);
          if (o.p0.keyDecisions.some((d) => itemKey(d) === itemKey(decision))) {
            expect(o.after).toBe(o.before);
            return;
          }
          expectBulletAdded(o, m, "keyDecisions", `- ✅ ${decision}`, o.p0.keyDecisions.length > 0);
          expect(o.p1.keyDecisions).toEqual([...o.p0.keyDecisions, decision]);
          onlyChanged(o, ["keyDecisions"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "mergeTopics",
    () => {
      fc.assert(
        fc.property(noteArb, fc.array(fc.constantFrom(...TOPICS, "hiring", "New topic, Other"), { minLength: 1, maxLength: 3 }), (m, topics) => {
          const o = run(m, (t) => mergeTopics(t, topics, CTX), true);
          const seen = new Set(o.p0.topics.map((t) => t.toLowerCase()));
          const added: string[] = [];
          for (const t of topics.flatMap(splitTopics)) {
            if (seen.has(t.toLowerCase())) continue;
            seen.add(t.toLowerCase());
            added.push(t);
          }
          if (added.length === 0) {
            expect(o.after).toBe(o.before);
            return;
          }
          const joined = added.join(", ");
          expect(o.diff.hunks).toBe(1);
          if (!hasSection(m, "topics")) {
            expect(o.diff.removed).toEqual([]);
            expect(nonBlank(o.diff.added)).toEqual(["## Topics Discussed", joined]);
          } else if (o.diff.removed.length === 0) {
            // An empty section: the paragraph is the only line added.
            expect(nonBlank(o.diff.added)).toEqual([joined]);
          } else {
            expect(o.diff.removed).toHaveLength(1);
            expect(o.diff.added).toHaveLength(1);
            const old = stripEol(o.diff.removed[0]!);
            const now = stripEol(o.diff.added[0]!);
            const body = old.trimEnd();
            const appended = `${body}${body.endsWith(",") ? " " : ", "}${joined}${old.slice(body.length)}`;
            if (o.p0.topics.length === 0) expect([appended, joined]).toContain(now);
            else expect(now).toBe(appended);
          }
          expect(o.p1.topics).toEqual([...o.p0.topics, ...added]);
          onlyChanged(o, ["topics"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "addRecentContext",
    () => {
      fc.assert(
        fc.property(noteArb, contextEntry, (m, input) => {
          const entry = { date: input.date, link: input.link, summary: oneLine(input.summary), via: input.via };
          fc.pre(entry.link !== null || entry.summary !== "");
          // `- DATE: [[X]] rest` is the format's own ambiguity: it reads back with X as the link.
          // Such a line must still be idempotent (checked in run), but is not read back here.
          const ambiguous = entry.link === null && entry.summary.startsWith("[[");
          const o = run(m, (t) => addRecentContext(t, input, CTX), true);
          if (ambiguous) return;
          const line = formatLine(entry);
          const same = (e: RecentContextEntry): boolean =>
            e.link || entry.link
              ? !!e.link && !!entry.link && linkTargetKey(e.link) === linkTargetKey(entry.link)
              : e.date === entry.date && itemKey(e.summary) === itemKey(entry.summary);
          const oldRecent = o.p0.recentContext.filter(isEntry).find(same);
          const oldOlder = o.p0.olderContext.filter(isEntry).find(same);
          const old = oldRecent ?? oldOlder;
          if (old) {
            // The meeting's line is Kith's very line, or the user's (edited): kept as it is either way.
            expect(o.after).toBe(o.before);
            return;
          }
          const p1Entries = [...o.p1.recentContext, ...o.p1.olderContext].filter(isEntry);
          expect(p1Entries.filter(same)).toEqual([entry]);
          expect(o.diff.removed).toEqual([]);
          expect(o.diff.hunks).toBe(1);
          expect(nonBlank(o.diff.added)).toEqual(hasSection(m, "recentContext") ? [line] : ["## Recent Context", line]);
          const count = (p: Person): number => p.recentContext.length;
          expect(count(o.p1)).toBe(count(o.p0) + 1);
          // Newest first: placed above the first line of its date or older.
          const entries = o.p1.recentContext.filter(isEntry);
          const at = entries.findIndex(same);
          expect(at).toBeGreaterThanOrEqual(0);
          if (at > 0) expect(entries[at - 1]!.date > entry.date).toBe(true);
          const next = entries[at + 1];
          if (next) expect(next.date <= entry.date).toBe(true);
          onlyChanged(o, ["recentContext", "olderContext"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "addRecentContext with a cap",
    () => {
      fc.assert(
        fc.property(noteArb, contextEntry, fc.integer({ min: 1, max: 3 }), (m, input, cap) => {
          const entry = { date: input.date, link: input.link, summary: oneLine(input.summary), via: input.via };
          fc.pre(!entry.summary.startsWith("[["));
          const o = run(m, (t) => addRecentContext(t, input, { ...CTX, cap }), true);
          if (o.after === o.before) return;
          // Lines past the cap move to Older Context; none is lost, only the meeting's own changes.
          expect(o.p1.recentContext.length).toBeLessThanOrEqual(Math.max(cap, 0));
          const lines = (p: Person): string[] =>
            [...p.recentContext, ...p.olderContext].map((i) => (isEntry(i) ? formatLine(i) : i.raw)).sort();
          const line = formatLine(entry);
          const kept = lines(o.p0).filter((l) => {
            const item = [...o.p0.recentContext, ...o.p0.olderContext].find((i) => (isEntry(i) ? formatLine(i) : i.raw) === l);
            return !(item && isEntry(item) && (item.link && entry.link ? linkTargetKey(item.link) === linkTargetKey(entry.link) : !item.link && !entry.link && item.date === entry.date && itemKey(item.summary) === itemKey(entry.summary)));
          });
          expect(lines(o.p1)).toEqual([...kept, line].sort());
          onlyChanged(o, ["recentContext", "olderContext", "customSections"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "setContactField",
    () => {
      fc.assert(
        fc.property(noteArb, fc.constantFrom(...FIELDS, "LinkedIn"), fc.option(fc.oneof(sentence, fc.constant("a | b \\| c\\")), { nil: null }), (m, field, value) => {
          const o = run(m, (t) => setContactField(t, field, value, CTX), true);
          const clean = oneLine(value ?? "");
          const cell = clean === "" ? "_Unknown_" : clean.replace(/\|/g, "\\|");
          const existing = Object.keys(o.p0.contact).find((k) => k.toLowerCase() === field.toLowerCase());
          if (existing !== undefined && (o.p0.contact[existing] ?? "") === clean) {
            expect(o.after).toBe(o.before);
            return;
          }
          expect(o.diff.hunks).toBe(1);
          const row = `| **${field}** | ${cell} |`;
          if (existing !== undefined) {
            expect(o.diff.removed).toHaveLength(1);
            expect(o.diff.added).toHaveLength(1);
            const cellsOf = (l: string): string[] => stripEol(l).split(/(?<!\\)\|/);
            const was = cellsOf(o.diff.removed[0]!);
            const now = cellsOf(o.diff.added[0]!);
            expect(now.slice(0, 2)).toEqual(was.slice(0, 2));
            expect(now[2]?.trim()).toBe(cell);
            expect(now.slice(3)).toEqual(was.length > 3 ? was.slice(3) : [""]);
          } else if (Object.keys(o.p0.contact).length > 0) {
            expect(o.diff.removed).toEqual([]);
            expect(nonBlank(o.diff.added)).toEqual([row]);
          } else {
            expect(o.diff.removed).toEqual([]);
            const table = ["| Field | Value |", "|-------|-------|", row];
            const header = hasSection(m, "contact") && /\| Field \| Value/.test(o.before);
            const expected = hasSection(m, "contact") ? (header ? [row] : table) : ["## Contact Information", ...table];
            expect(nonBlank(o.diff.added)).toEqual(expected);
          }
          expect(o.p1.contact[existing ?? field]).toBe(clean === "" ? null : clean);
          expect({ ...o.p1.contact, [existing ?? field]: null }).toEqual({ ...o.p0.contact, [existing ?? field]: null });
          onlyChanged(o, ["contact", "contacts"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "setLastContact",
    () => {
      fc.assert(
        fc.property(noteArb, isoDate, (m, date) => {
          const o = run(m, (t) => setLastContact(t, date, CTX), true);
          const old = o.p0.lastContact;
          if (old !== null && old >= date) {
            expect(o.after).toBe(o.before);
            return;
          }
          expect(o.p1.lastContact).toBe(date);
          expect(o.diff.hunks).toBe(1);
          const key = `last_contact: ${q(date, m.quote)}`;
          if (old !== null) {
            expect(o.diff.removed).toHaveLength(1);
            expect(o.diff.added.map(stripEol)).toEqual([stripEol(o.diff.removed[0]!).replace(old, date)]);
          } else if (m.frontmatter) {
            expect(o.diff.removed).toEqual([]);
            expect(o.diff.added.map(stripEol)).toEqual([key]);
          } else {
            expect(o.diff.removed).toEqual([]);
            expect(o.diff.added.map(stripEol)).toEqual(["---", `last_contact: '${date}'`, "---"]);
          }
          onlyChanged(o, ["lastContact"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "markReviewed",
    () => {
      fc.assert(
        fc.property(noteArb, (m) => {
          const o = run(m, (t) => markReviewed(t, CTX), true);
          if (!o.p0.needsReview) {
            expect(o.after).toBe(o.before);
            return;
          }
          expect(o.p1.needsReview).toBe(false);
          expect(o.p1.autoCreated).toBe(o.p0.autoCreated);
          expect(o.p1.tags).toEqual(o.p0.tags.filter((t) => t !== "needs-review"));
          expect(o.diff.hunks).toBe(1);
          expect(o.diff.removed).toHaveLength(1);
          const removed = stripEol(o.diff.removed[0]!);
          if (o.diff.added.length === 0) {
            expect(removed).toMatch(/^\s*- needs-review$/);
          } else {
            expect(o.diff.added.map(stripEol)).toEqual([removed.replace(/, needs-review(?=[,\]])|needs-review, /, "")]);
          }
          onlyChanged(o, ["needsReview", "tags"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  const yamlValue = fc.oneof(
    sentence,
    fc.constantFrom("yes", "012", "2026-01-03", "", " padded ", "- dash", "#hash", "a: b", "it's", 'say "hi"', "line\nbreak", "tab\there", "[x]", "{y}", "~"),
    fc.string({ maxLength: 12 }),
  );

  it(
    "setFrontmatterString",
    () => {
      fc.assert(
        fc.property(noteArb, fc.constantFrom("title", "nickname"), yamlValue, (m, key, value) => {
          const o = run(m, (t) => setFrontmatterString(t, key, value), false);
          const before = parseFrontmatter(o.before).data;
          expect(parseFrontmatter(o.after).data[key]).toBe(value);
          if (before[key] === value) {
            expect(o.after).toBe(o.before);
            return;
          }
          expect(o.diff.hunks).toBe(1);
          const exists = key in before;
          expect(o.diff.removed).toHaveLength(exists ? 1 : 0);
          const added = o.diff.added.map(stripEol);
          if (!m.frontmatter) expect(added).toEqual(["---", `${key}: ${formatScalar(value)}`, "---"]);
          else if (!exists) expect(added).toEqual([`${key}: ${formatScalar(value)}`]);
          else {
            expect(added).toHaveLength(1);
            // The key and a trailing comment stay; the value keeps its quote style where it can.
            const was = stripEol(o.diff.removed[0]!);
            expect(added[0]!.startsWith(`${key}: `)).toBe(true);
            if (was.endsWith(" # note")) expect(added[0]!.endsWith(" # note")).toBe(true);
            const quote = was.slice(`${key}: `.length)[0];
            if ((quote === "'" || quote === '"') && !/[\n\r\t]/.test(value)) expect(added[0]![`${key}: `.length]).toBe(quote);
          }
          const { data: a } = parseFrontmatter(o.after);
          expect({ ...a, [key]: null }).toEqual({ ...before, [key]: null });
          onlyChanged(o, key === "title" ? ["title", "name", "handle"] : ["contacts"]); // a property may be a contact field (nickname)
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    "addFrontmatterListItem",
    () => {
      fc.assert(
        fc.property(noteArb, fc.constantFrom("tags", "aliases"), fc.oneof(fc.constantFrom("needs-review", "type/people", "#vip", "team/a b", "Nick", "yes", "a, b", "[x]", "a]b", "{y}"), sentence), (m, key, item) => {
          const o = run(m, (t) => addFrontmatterListItem(t, key, item), false);
          const before = listValue(parseFrontmatter(o.before).data[key]);
          const after = listValue(parseFrontmatter(o.after).data[key]);
          if (before.includes(item)) {
            expect(o.after).toBe(o.before);
            return;
          }
          expect(after).toEqual([...before, item]);
          expect(o.diff.hunks).toBe(1);
          expect(o.diff.removed.length).toBeLessThanOrEqual(1);
          expect(o.diff.added.length).toBeLessThanOrEqual(m.frontmatter ? 2 : 4);
          // Every changed line is in the frontmatter block.
          const close = (text: string): number => text.indexOf("\n---", 4);
          for (const l of o.diff.added) expect(o.after.indexOf(l)).toBeLessThan(close(o.after));
          onlyChanged(o, key === "tags" ? ["tags", "needsReview"] : ["aliases", "contacts"]);
        }),
        options,
      );
    },
    TIMEOUT,
  );
});
