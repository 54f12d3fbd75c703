/**
 * `npm run bench`: speed budgets a user would feel, on a seeded synthetic vault (10,000 people
 * + 100,000 meeting notes by default). Each budget is a figure against a limit; every figure is
 * printed beside a baseline measured in the same run (the raw splice and remark for edits,
 * `node -e 0` for whole operations, the plugin's reads alone for the index build). Writes
 * bench/results.json: each target with its figure, limit and `met`. Run through bench/run.mjs
 * (bundles this file, runs it with `node --expose-gc`).
 *
 * Flags: --people N --meetings N --projects N --seed N (defaults 10000 / 100000 / 500 / 1),
 * --quick (1,000 people + 10,000 meetings, fewer samples), --out FILE, --strict (exit 1 on a miss),
 * --only edits,recap,index,onload,cli (those sections alone).
 */
import { Buffer, fs, os, path, proc as process, say, spawnSync } from "./node";
import {
  addKeyFact,
  addRecentContext,
  applyPlan,
  formatContextLine,
  journalLine,
  loadSettings,
  MemoryNoteStore,
  PeopleIndex,
  personEntry,
  personRules,
  planRecap,
  setContactField,
  setLastContact,
  type Recap,
} from "../src/core";
import {
  changedLineCount,
  rawAddKeyFact,
  rawAddRecentContext,
  rawSetContactField,
  rawSetLastContact,
  remarkAddKeyFact,
  remarkAddRecentContext,
  remarkSetContactField,
  remarkSetLastContact,
} from "./baselines";
import { SyntheticVault } from "./generate";
import { compare, consume, gc, median, msSince, now, sink, timeRuns, type Target } from "./measure";
import { benchCli } from "./cli";
import { benchOnload, buildIndexes, readsAlone, type BuildResult, type ReadsResult } from "./onload";
import { vaultOnDisk } from "./vault-disk";

// ---------------------------------------------------------------------------------------------
// Arguments

const argv = process.argv.slice(2);
function flag(name: string): boolean {
  return argv.includes(`--${name}`);
}
function option(name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  const value = at === -1 ? NaN : Number(argv[at + 1]);
  return Number.isFinite(value) ? value : fallback;
}
const quick = flag("quick");
const spec = {
  seed: option("seed", 1),
  people: option("people", quick ? 1_000 : 10_000),
  meetings: option("meetings", quick ? 10_000 : 100_000),
  projects: option("projects", quick ? 50 : 500),
};
const ROOT = path.resolve(process.env.KITH_ROOT ?? process.cwd());
const MAIN_JS = path.join(ROOT, "main.js");
const outAt = argv.indexOf("--out");
const OUT = outAt === -1 ? path.join(ROOT, "bench", "results.json") : path.resolve(argv[outAt + 1] ?? "");
const SAMPLES = quick ? 15 : 41;
// `--only edits,recap,index,onload,cli` runs those sections alone (to look at one figure).
const onlyAt = argv.indexOf("--only");
const only = onlyAt === -1 ? null : new Set((argv[onlyAt + 1] ?? "").split(","));
const runs = (section: string): boolean => only === null || only.has(section);
// Reading 110,000 files moves with the machine's load: a median of rounds rides out a bad one.
const BUILD_ROUNDS = quick ? 3 : 5;
const TODAY = "2026-11-25";
const CTX = { today: TODAY };

const started = now();
function log(message: string): void {
  say(`[${(msSince(started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Results

const targets: Target[] = [];

function target(t: Omit<Target, "met">): Target {
  const f = t.figure;
  const met = f === null || !Number.isFinite(f) ? null : t.comparison === "<=" ? f <= t.limit : t.comparison === "<" ? f < t.limit : f >= t.limit;
  const full: Target = { ...t, met };
  targets.push(full);
  return full;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const us = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} µs`;
const ms = (n: number): string => (n < 1 ? us(n * 1000) : `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`);

// ---------------------------------------------------------------------------------------------
// The vault, the 5 KB note and the 5 MB note

log(`generating the vault: seed ${spec.seed}, ${spec.people} people, ${spec.meetings} meetings, ${spec.projects} projects`);
const vault = new SyntheticVault(spec);
const disk = vaultOnDisk(vault, fs.readFileSync(path.join(ROOT, "bench", "generate.ts"), "utf8"));
log(`vault ${disk.written ? "written to" : "already on disk at"} ${disk.dir}: ${disk.files.length} files, ${(disk.bytes / 1e6).toFixed(0)} MB`);

const settings = loadSettings({});
const rules = personRules(settings);
const peopleTexts = new Map<string, string>();
for (let i = 0; i < vault.people.length; i++) peopleTexts.set(vault.people[i]!.path, vault.personNote(i));
const personBytes = [...peopleTexts.values()].map((t) => Buffer.byteLength(t));

// The 5 KB note: a person of the vault in the real layout, shaped to about 5 KB.
const seedIndex = 0;
const seedPerson = vault.people[seedIndex]!;
const seedShape = { facts: 14, context: 6, decisions: 3 };
let seedNote = "";
for (; seedShape.context <= 60; seedShape.context++) {
  seedNote = vault.personNote(seedIndex, seedShape);
  if (Buffer.byteLength(seedNote) >= 5_000) break;
}
// The 5 MB note: the same person and layout with every repeating part (Key Facts, Recent
// Context lines, Key Decisions) scaled up together until the note holds 5 MB.
let scale = Math.ceil(5e6 / Buffer.byteLength(seedNote));
let bigNote = "";
for (;;) {
  bigNote = vault.personNote(seedIndex, { facts: seedShape.facts * scale, context: seedShape.context * scale, decisions: seedShape.decisions * scale });
  if (Buffer.byteLength(bigNote) >= 5e6) break;
  scale = Math.ceil((scale * 5e6) / Buffer.byteLength(bigNote)) + 1;
}
const seedKb = Buffer.byteLength(seedNote) / 1024;
const bigKb = Buffer.byteLength(bigNote) / 1024;
log(`5 KB note: ${seedPerson.path}, ${Buffer.byteLength(seedNote)} bytes (${seedShape.facts} facts, ${seedShape.context} context lines); 5 MB note: ${Buffer.byteLength(bigNote)} bytes (x${scale}); person notes ${Math.min(...personBytes)}-${Math.max(...personBytes)} bytes (median ${median(personBytes)})`);

// ---------------------------------------------------------------------------------------------
// Baseline: a Node process that does nothing (what any CLI call costs before its first line)

const nodeStartMs = median(
  Array.from({ length: quick ? 5 : 11 }, () => {
    const start = now();
    spawnSync(process.execPath, ["-e", "0"]);
    return msSince(start);
  }),
);
log(`node -e 0: ${ms(nodeStartMs)}`);

// ---------------------------------------------------------------------------------------------
// Person edits on the 5 KB note and on the 5 MB note, beside the raw splice and remark

interface EditBench {
  id: string;
  title: string;
  core: (note: string) => string;
  raw: (note: string) => string;
  remark: (note: string) => string;
}

const meetingLink = "2026-11-25 - Quarterly planning with Northwind";
const summary = "Agreed the pilot scope and the sizing; legal reviews the DPA next week...";
const contextLine = formatContextLine({ date: TODAY, link: meetingLink, summary, via: "Northwind" });
const edits: EditBench[] = [
  {
    id: "addKeyFact",
    title: "add key fact",
    core: (n) => addKeyFact(n, "Prefers email to calls.", CTX),
    raw: (n) => rawAddKeyFact(n, "Prefers email to calls.", TODAY),
    remark: (n) => remarkAddKeyFact(n, "Prefers email to calls.", TODAY),
  },
  {
    id: "addRecentContext",
    title: "add recent context",
    core: (n) => addRecentContext(n, { date: TODAY, link: meetingLink, summary, via: "Northwind" }, CTX),
    raw: (n) => rawAddRecentContext(n, TODAY, meetingLink, summary, "Northwind", TODAY),
    remark: (n) => remarkAddRecentContext(n, contextLine, TODAY),
  },
  {
    id: "setContactField",
    title: "set contact field",
    core: (n) => setContactField(n, "Role", "Chief data officer", CTX),
    raw: (n) => rawSetContactField(n, "Role", "Chief data officer", TODAY),
    remark: (n) => remarkSetContactField(n, "Role", "Chief data officer", TODAY),
  },
  {
    id: "setLastContact",
    title: "set last contact",
    core: (n) => setLastContact(n, TODAY, CTX),
    raw: (n) => rawSetLastContact(n, TODAY, TODAY),
    remark: (n) => remarkSetLastContact(n, TODAY, TODAY),
  },
];

const editResults: Record<string, unknown>[] = [];
for (const edit of runs("edits") ? edits : []) {
  // A settled heap first: earlier work leaves the collector work that would land on this case.
  gc();
  for (const note of [seedNote, bigNote]) {
    if (edit.core(note) !== edit.raw(note)) log(`WARNING: ${edit.id}: the raw splice and Kith disagree on the ${note === seedNote ? "5 KB" : "5 MB"} note; they do different work`);
  }
  const [small, smallRaw] = compare(
    [
      { name: "kith", fn: () => edit.core(seedNote) },
      { name: "raw", fn: () => edit.raw(seedNote) },
    ],
    { samples: SAMPLES },
  );
  // remark is a large library: enough warm-up calls that its code is optimised before it is timed.
  const remarkRuns = await timeRuns(() => edit.remark(seedNote), quick ? 9 : 21, 20);
  gc();
  const [big, bigRaw] = compare(
    [
      { name: "kith", fn: () => edit.core(bigNote) },
      { name: "raw", fn: () => edit.raw(bigNote) },
    ],
    { samples: quick ? 7 : 15, sampleMs: 20, warmupMs: 300 },
  );
  const kithUs = small!.medianUs;
  const rawUs = smallRaw!.medianUs;
  const remarkUs = remarkRuns.medianMs * 1000;
  const growth = big!.medianUs / bigKb / (kithUs / seedKb);
  const detail = {
    kithUs: round(kithUs, 3),
    rawSpliceUs: round(rawUs, 3),
    remarkUs: round(remarkUs, 0),
    remarkRangeMs: [round(Math.min(...remarkRuns.runs), 1), round(Math.max(...remarkRuns.runs), 1)],
    remarkLinesRewritten: changedLineCount(seedNote, edit.remark(seedNote)).count,
    bigNote: { bytes: Buffer.byteLength(bigNote), kithUs: round(big!.medianUs, 1), rawSpliceUs: round(bigRaw!.medianUs, 1) },
    kithUsPerKb: { small: round(kithUs / seedKb, 4), big: round(big!.medianUs / bigKb, 4) },
  };
  editResults.push({ id: edit.id, ...detail });
  target({
    id: `edit.${edit.id}.median`,
    title: `${edit.title} on the 5 KB note`,
    figure: round(kithUs, 2),
    unit: "µs",
    limit: 50,
    comparison: "<=",
    beside: `raw splice ${us(rawUs)}`,
    detail,
  });
  target({
    id: `edit.${edit.id}.vsRemark`,
    title: `${edit.title}: remark round trip / Kith`,
    figure: round(remarkUs / kithUs, 0),
    unit: "x faster",
    limit: 200,
    comparison: ">=",
    beside: `remark ${ms(remarkUs / 1000)}, Kith ${us(kithUs)}`,
    detail,
  });
  target({
    id: `edit.${edit.id}.growth`,
    title: `${edit.title}: per-KB cost, 5 MB note / 5 KB note`,
    figure: round(growth, 3),
    unit: "x",
    limit: 1.5,
    comparison: "<=",
    beside: `5 MB: Kith ${ms(big!.medianUs / 1000)}, raw splice ${ms(bigRaw!.medianUs / 1000)}`,
    detail,
  });
  log(`${edit.id}: 5 KB: kith ${us(kithUs)}, raw splice ${us(rawUs)}, remark ${ms(remarkUs / 1000)} (${(remarkUs / kithUs).toFixed(0)}x); 5 MB: kith ${ms(big!.medianUs / 1000)}, raw splice ${ms(bigRaw!.medianUs / 1000)}; per-KB growth ${growth.toFixed(2)}x`);
}

// ---------------------------------------------------------------------------------------------
// A 20-attendee recap, planned and applied in memory, with seed-sized notes and with long ones

if (runs("recap")) {
  const index = new PeopleIndex();
  for (const [p, text] of peopleTexts) index.set(p, personEntry(p, text, rules));
  const attendeeIndexes = vault.people.flatMap((p, i) => (p.meetings.length > 0 ? [i] : [])).slice(0, 20);
  const attendees = attendeeIndexes.map((i) => vault.people[i]!);
  const first = (name: string): string => name.split(" ")[0] ?? name;
  const recap: Recap = {
    date: "2026-11-20",
    title: "Quarterly planning with the whole Northwind data team",
    attendees: attendees.map((p) => p.name),
    via: "Northwind Foods",
    summary:
      "Walked through the replication design, agreed to pilot on two clusters before the end of the quarter, and split the follow-ups between the platform and procurement teams.",
    facts: ["Budget is approved for the first year.", "Northwind runs Spark 3.5 everywhere.", ...attendees.slice(0, 8).map((p, i) => `${first(p.name)}: Owns workstream ${i + 1}.`)],
    decisions: ["Pilot on two clusters.", "Weekly sync on Tuesdays."],
    topics: ["Replication design", "Pilot scoping", "Procurement"],
    actions: attendees.slice(0, 6).map((p, i) => ({ text: `Send item ${i + 1}`, owner: p.name, due: "2026-12-01" })),
    tags: ["meeting/customer"],
  };

  /** Median ms of plan + apply (2 warm-up runs left out), each attendee's note holding `context` Recent Context lines (null: the vault's own notes). */
  async function recapMs(context: number | null, runs: number): Promise<{ ms: number; planMs: number; journalMs: number; floorMs: number; updated: number; failed: number; noteBytes: number }> {
    const texts = new Map(peopleTexts);
    for (const i of attendeeIndexes) {
      const p = vault.people[i]!.path;
      if (context !== null) texts.set(p, vault.personNote(i, { facts: 20, context, decisions: 4 }));
      index.set(p, personEntry(p, texts.get(p)!, rules));
    }
    const times: number[] = [];
    const planTimes: number[] = [];
    const journalTimes: number[] = [];
    const floorTimes: number[] = [];
    let last = { updated: 0, failed: 0 };
    for (let i = 0; i < runs + 2; i++) {
      const store = new MemoryNoteStore();
      for (const [p, t] of texts) store.files.set(p, t);
      gc();
      const start = now();
      const plan = await planRecap(recap, { store, index, settings, today: TODAY });
      planTimes.push(msSince(start));
      const result = await applyPlan(plan, store, { today: TODAY, headings: settings.headings, summaryLength: settings.summaryLength, recentContextCap: settings.recentContextCap });
      times.push(msSince(start));
      // Of which: the undo journal's lines (each note's text before and after, as JSON), made again alone.
      const journalStart = now();
      consume(plan.notes.map((n) => journalLine({ step: "plan", path: n.path, before: n.before, after: n.after ?? "" })));
      journalTimes.push(msSince(journalStart));
      // The least a recap that can be undone does per note: one splice, and its journal line.
      const floorStart = now();
      consume(attendeeIndexes.map((a) => {
        const p = vault.people[a]!.path;
        const before = texts.get(p)!;
        const at = before.length >> 1;
        return journalLine({ step: "plan", path: p, before, after: `${before.slice(0, at)}- x\n${before.slice(at)}` });
      }));
      floorTimes.push(msSince(floorStart));
      last = { updated: result.updated.length, failed: result.failed.length };
      consume(result.updated);
    }
    const noteBytes = median(attendeeIndexes.map((i) => Buffer.byteLength(texts.get(vault.people[i]!.path)!)));
    return { ms: median(times.slice(2)), planMs: median(planTimes.slice(2)), journalMs: median(journalTimes.slice(2)), floorMs: median(floorTimes.slice(2)), ...last, noteBytes };
  }

  const seedSized = await recapMs(null, quick ? 7 : 19);
  const lines500 = await recapMs(500, quick ? 3 : 7);
  const lines2000 = await recapMs(2000, quick ? 3 : 7);
  const beside = `node -e 0 ${ms(nodeStartMs)}`;
  target({
    id: "recap.apply20",
    title: "plan + apply a 20-attendee recap in memory",
    figure: round(seedSized.ms, 2),
    unit: "ms",
    limit: 20,
    comparison: "<",
    beside,
    detail: { ...seedSized, attendees: attendees.length, nodeStartMs: round(nodeStartMs, 1) },
  });
  target({
    id: "recap.apply20.context2000",
    title: "the same recap, each attendee's note with 2,000 Recent Context lines",
    figure: round(lines2000.ms, 1),
    unit: "ms",
    limit: 60,
    comparison: "<",
    beside: `${beside}; 500 lines: ${ms(lines500.ms)}; of it, plan ${ms(lines2000.planMs)} and the undo journal's lines ${ms(lines2000.journalMs)}; a splice and its journal line per note alone ${ms(lines2000.floorMs)}`,
    detail: { ...lines2000, attendees: attendees.length, context500: { ...lines500, ms: round(lines500.ms, 1), planMs: round(lines500.planMs, 1) }, nodeStartMs: round(nodeStartMs, 1) },
  });
  log(`recap: ${ms(seedSized.ms)} (plan ${ms(seedSized.planMs)}; notes ~${(seedSized.noteBytes / 1024).toFixed(0)} KB); 500 context lines ${ms(lines500.ms)} (plan ${ms(lines500.planMs)}; ~${(lines500.noteBytes / 1024).toFixed(0)} KB); 2,000 lines ${ms(lines2000.ms)} (plan ${ms(lines2000.planMs)}; ~${(lines2000.noteBytes / 1024).toFixed(0)} KB); ${seedSized.updated} updated, ${seedSized.failed} failed; node -e 0 ${ms(nodeStartMs)}`);
}

// ---------------------------------------------------------------------------------------------
// The plugin's index build, from main.js, against the plugin's reads alone

if (runs("index")) {
  log(`index build: ${BUILD_ROUNDS} rounds of (the plugin's build) and (its reads alone) over ${disk.files.length} files`);
  await readsAlone(disk.dir, disk.files, new Set(disk.files.map((f) => f.path))); // warm the page cache
  const builds: Omit<BuildResult, "changed" | "read" | "unload">[] = [];
  const reads: ReadsResult[] = [];
  let last: BuildResult | null = null;
  for (let r = 0; r < BUILD_ROUNDS; r++) {
    // The round before is let go first: a plugin left loaded keeps its index (and a timer) alive.
    last?.unload();
    last = null;
    const build = await buildIndexes(MAIN_JS, disk.dir, disk.files);
    const alone = await readsAlone(disk.dir, disk.files, build.read);
    last = build;
    const { changed: _c, read: _r, unload: _u, ...figures } = build;
    builds.push(figures);
    reads.push(alone);
    log(`  round ${r + 1}: build ${ms(build.ms)}, then ${ms(build.settleMs)} between frames (last read at ${ms(build.lastReadMs)}; ${build.reads} reads, ${build.lists} lists), reads alone ${ms(alone.ms)} (${alone.reads} reads); heap kept ${build.keptMb.toFixed(0)} MB, peak ${build.peakHeapMb.toFixed(0)} MB (reads alone ${alone.peakHeapMb.toFixed(0)} MB), rss peak ${build.peakRssMb.toFixed(0)} MB`);
  }
  const buildMs = median(builds.map((b) => b.ms));
  const readMs = median(reads.map((r) => r.ms));
  // Each round's build and reads run back to back under the same load: the figure is the median of the rounds' ratios.
  const ratio = median(builds.map((b, i) => b.ms / reads[i]!.ms));
  const filesRead = last!.reads;
  const readUs = (readMs * 1000) / Math.max(1, filesRead);
  const keptMb = median(builds.map((b) => b.keptMb));
  const peakMb = Math.max(...builds.map((b) => b.peakHeapMb));
  const readsPeakMb = Math.max(...reads.map((r) => r.peakHeapMb));
  const settleMs = median(builds.map((b) => b.settleMs));
  const detail = {
    buildMs: round(buildMs, 0),
    settleMs: round(settleMs, 0),
    lastReadMs: round(median(builds.map((b) => b.lastReadMs)), 0),
    readsAloneMs: round(readMs, 0),
    filesRead,
    files: disk.files.length,
    rounds: builds.map((b, i) => ({ buildMs: round(b.ms, 0), settleMs: round(b.settleMs, 0), lastReadMs: round(b.lastReadMs, 0), readsAloneMs: round(reads[i]!.ms, 0), keptMb: round(b.keptMb, 1), peakHeapMb: round(b.peakHeapMb, 1), peakRssMb: round(b.peakRssMb, 0), readsAlonePeakHeapMb: round(reads[i]!.peakHeapMb, 1) })),
    how: "main.js loaded with the stub obsidian module, onload, layout-ready fired, plugin.indexer.ready awaited (the build: every note in); then plugin.indexer.settled (the task index's lookup maps, made between frames: settleMs), before the heap is measured; cachedRead is fs.promises.readFile (as Obsidian desktop reads a note), for the build and for the reads alone",
  };
  target({
    id: "index.build.vsReads",
    title: `the plugin's people + task + project index build (${spec.people} + ${spec.meetings}) / its reads alone`,
    figure: round(ratio, 2),
    unit: "x reads",
    limit: 1.5,
    comparison: "<=",
    beside: `build ${ms(buildMs)}, reads alone ${ms(readMs)} (${filesRead} files; medians); then the lookup maps between frames ${ms(settleMs)}`,
    detail,
  });

  // One changed note, through the plugin's own metadataCache "changed" handler.
  const personPath = seedPerson.path;
  const personText = fs.readFileSync(path.join(disk.dir, personPath), "utf8");
  const personVariants = Array.from({ length: 64 }, (_, i) => addKeyFact(personText, `Changed fact ${i}.`, CTX));
  const meetingPath = disk.files.find((f) => f.kind === "meeting")!.path;
  const meetingText = fs.readFileSync(path.join(disk.dir, meetingPath), "utf8");
  const meetingVariants = Array.from({ length: 64 }, (_, i) => `${meetingText}- [ ] Follow-up ${i} ${seedPerson.handle} 📅 2026-12-0${1 + (i % 9)}\n`);
  const changed = last!.changed;
  let p = 0;
  let m = 0;
  const [person, meeting] = compare(
    [
      { name: "person note", fn: () => changed(personPath, personVariants[p++ & 63]!) },
      { name: "meeting note", fn: () => changed(meetingPath, meetingVariants[m++ & 63]!) },
    ],
    { samples: SAMPLES, sampleMs: 2 },
  );
  const slowerUs = Math.max(person!.medianUs, meeting!.medianUs);
  target({
    id: "index.update",
    title: "one changed note re-indexed (the slower of a person note and a meeting note)",
    figure: round(slowerUs / 1000, 4),
    unit: "ms",
    limit: 1,
    comparison: "<",
    beside: `person ${us(person!.medianUs)}, meeting ${us(meeting!.medianUs)}; one read ${us(readUs)}`,
    detail: { personNoteUs: round(person!.medianUs, 2), meetingNoteUs: round(meeting!.medianUs, 2), oneReadUs: round(readUs, 2) },
  });
  last!.unload();
  last = null;

  const vaultMb = disk.bytes / 1048576;
  target({
    id: "index.heap.kept",
    title: "heap the plugin keeps after the build",
    figure: round(keptMb, 1),
    unit: "MB",
    limit: 150,
    comparison: "<",
    beside: `vault text ${vaultMb.toFixed(0)} MB`,
    detail: { ...detail, measure: "process.memoryUsage().heapUsed after full GCs, with the built plugin alive, minus the same before layout-ready (median of rounds)" },
  });
  target({
    id: "index.heap.peak",
    title: "peak heap during the build",
    figure: round(peakMb, 1),
    unit: "MB",
    limit: 300,
    comparison: "<",
    beside: `reads alone peak ${readsPeakMb.toFixed(0)} MB; rss peak ${Math.max(...builds.map((b) => b.peakRssMb)).toFixed(0)} MB`,
    detail: { ...detail, measure: "process.memoryUsage().heapUsed sampled every free millisecond of the build (garbage included), minus the settled heap before layout-ready; the highest of the rounds. rss (whole process, bench data included) in rounds[].peakRssMb" },
  });
  log(`index: build ${ms(buildMs)}, reads alone ${ms(readMs)}, median ratio ${ratio.toFixed(2)}x; re-index person ${us(person!.medianUs)}, meeting ${us(meeting!.medianUs)}; heap kept ${keptMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB`);
}

// ---------------------------------------------------------------------------------------------
// The plugin's load with the whole vault behind it

if (runs("onload")) {
  const result = await benchOnload(MAIN_JS, disk.dir, disk.files, quick ? 10 : 30);
  const during = result.duringOnload;
  const t = target({
    id: "plugin.onload",
    title: `onload with ${result.notes} notes behind it (reads/lists must be 0)`,
    figure: round(result.coldMs, 3),
    unit: "ms (first onload)",
    limit: 5,
    comparison: "<",
    beside: `later onloads ${ms(result.medianMs)}; node -e 0 ${ms(nodeStartMs)}`,
    detail: {
      medianLaterMs: round(result.medianMs, 3),
      reads: during.reads,
      lists: during.lists,
      metadataCacheLookups: during.cacheLookups,
      vaultCalls: during.calls,
      stubbedObsidianExports: result.stubbed,
      nodeStartMs: round(nodeStartMs, 1),
    },
  });
  if (during.reads !== 0 || during.lists !== 0) {
    t.met = false;
    t.note = `onload read ${during.reads} and listed ${during.lists} times: ${JSON.stringify(during.calls)}`;
  }
  log(`onload: first ${ms(result.coldMs)}, later ${ms(result.medianMs)}; reads ${during.reads}, lists ${during.lists}; node -e 0 ${ms(nodeStartMs)}`);
}

// ---------------------------------------------------------------------------------------------
// The CLI: whole kith processes on a copy of the vault, beside baseline processes (bench/cli.ts)

if (runs("cli")) await benchCli({ root: ROOT, vaultDir: disk.dir, files: disk.files, peopleNames: vault.people.map((p) => p.name), peopleFolder: "People", runs: 3, target, log });

// ---------------------------------------------------------------------------------------------
// Report

const durationS = msSince(started) / 1000;
const results = {
  schema: 2,
  generatedAt: new Date().toISOString(),
  durationS: round(durationS, 1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: `${os.cpus().length} x ${os.cpus()[0]?.model ?? "?"}`,
  loadAverage: os.loadavg().map((l) => round(l, 2)),
  args: argv,
  vault: {
    ...spec,
    files: disk.files.length,
    bytes: disk.bytes,
    storage: "disk (temp folder; generated once per seed and sizes, rewritten when the bytes differ)",
    dir: disk.dir,
    sha1: disk.hash,
    personNoteBytes: { min: Math.min(...personBytes), median: median(personBytes), max: Math.max(...personBytes) },
  },
  notes: { small: { path: seedPerson.path, bytes: Buffer.byteLength(seedNote), ...seedShape }, big: { bytes: Buffer.byteLength(bigNote), scale } },
  baselines: { nodeStartMs: round(nodeStartMs, 1) },
  mainJs: process.env.KITH_MAIN_JS ?? "as found",
  method:
    "Medians. Microsecond work: batches of calls sized to a few ms, samples taken round-robin across the compared cases after a warm-up, so noise hits both sides alike; ratios are from the same run. Millisecond work: median of repeated runs after warm-up. Heap: process.memoryUsage() (node --expose-gc). The machine's load moves every figure (up to 2x between runs).",
  targets,
  edits: editResults,
  sink,
};
fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

const rows = targets.map((t) => [t.met === null ? "n/a" : t.met ? "met" : "MISSED", t.title, t.figure === null ? "-" : `${t.figure} ${t.unit}`, `${t.comparison} ${t.limit}`, t.beside]);
const header = ["", "target", "figure", "limit", "beside (same run)"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
say("");
say(line(header));
say(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) say(line(r));
for (const t of targets) if (t.note) say(`\n${t.id}: ${t.note}`);
const met = targets.filter((t) => t.met === true).length;
const missed = targets.filter((t) => t.met === false).length;
say(`\n${met} met, ${missed} missed of ${targets.length}; ${durationS.toFixed(0)} s (load average ${os.loadavg()[0]!.toFixed(1)}: figures under load are noisy); results in ${OUT}`);
if (flag("strict") && missed > 0) process.exitCode = 1;
