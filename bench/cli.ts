/**
 * The CLI section of `npm run bench` (issue 15): whole `kith` processes (dist/kith.cjs) on a copy
 * of the bench's vault, each figure a ratio to a baseline process measured in the same run:
 * - "stat walk": a Node script that walks the vault and stats every note;
 * - "stat walk + people": the same, also reading the people notes (what a cold call by name
 *   cannot do with less);
 * - "read all": a Node script that reads every note with readFileSync;
 * - `node -e 0`.
 * Medians of 3 runs. Peak RSS is the kith process's own (process.resourceUsage().maxRSS, written
 * at exit by a preloaded script), so it holds for every platform Node runs on.
 *
 * The copy: notes hard-linked (fast, no disk), people notes copied (the edits refuse a note with
 * several links), plus a `.obsidian` folder so the people cache can be written.
 */
import { fs, os, path, proc as process, spawnSync } from "./node";
import { contactsVcf } from "./contacts-cards";
import { median, msSince, now, type Target } from "./measure";

/** A CLI budget as bench.ts records it (it works out `met`). */
export type CliBenchTarget = Omit<Target, "met">;

export interface CliBenchOptions {
  root: string;
  vaultDir: string;
  files: ReadonlyArray<{ path: string; kind: "person" | "meeting" | "project" }>;
  /** People's names in the vault, in order (recap attendees and lookups use them). */
  peopleNames: readonly string[];
  peopleFolder: string;
  runs: number;
  target: (t: CliBenchTarget) => unknown;
  log: (message: string) => void;
}

interface ProcessRun {
  ms: number;
  rssMb: number;
  status: number | null;
  stderr: string;
}

const STAT_WALK = `
const fs = require("fs"), path = require("path");
const [root, readFolder] = process.argv.slice(2);
let n = 0;
(function walk(dir, rel) {
  const d = fs.opendirSync(dir);
  for (let e = d.readSync(); e !== null; e = d.readSync()) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name), vaultPath = rel ? rel + "/" + e.name : e.name;
    if (e.isDirectory()) walk(full, vaultPath);
    else if (e.name.endsWith(".md")) {
      fs.statSync(full);
      if (readFolder && vaultPath.startsWith(readFolder + "/")) fs.readFileSync(full, "utf8");
      n++;
    }
  }
  d.closeSync();
})(root, "");
if (n === 0) process.exit(3);
`;

const READ_ALL = `
const fs = require("fs"), path = require("path");
let n = 0;
(function walk(dir) {
  const d = fs.opendirSync(dir);
  for (let e = d.readSync(); e !== null; e = d.readSync()) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith(".md")) { fs.readFileSync(full, "utf8"); n++; }
  }
  d.closeSync();
})(process.argv[2]);
if (n === 0) process.exit(3);
`;

/** The contacts import's baseline (issue 17): ical.js alone parsing the card file, as a process. */
export const ICAL_PARSE = `
import { readFileSync } from "node:fs";
const [icalJs, file] = process.argv.slice(2);
const { default: ICAL } = await import(icalJs);
const cards = ICAL.parse(readFileSync(file, "utf8"));
if (!Array.isArray(cards) || cards.length === 0) process.exit(3);
`;

/**
 * The least an import into this vault does, as a process: the stat walk (finding the people, as
 * a warm call), ical.js parsing the file, and one file written per card (writeFileSync, no lock,
 * no flush) into a folder of its own.
 */
export const IMPORT_FLOOR = `
import fs from "node:fs";
import path from "node:path";
const [root, icalJs, file, out] = process.argv.slice(2);
(function walk(dir) {
  const d = fs.opendirSync(dir);
  for (let e = d.readSync(); e !== null; e = d.readSync()) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith(".md")) fs.statSync(full);
  }
  d.closeSync();
})(root);
const { default: ICAL } = await import(icalJs);
const cards = ICAL.parse(fs.readFileSync(file, "utf8"));
fs.mkdirSync(out, { recursive: true });
cards.forEach((card, i) => fs.writeFileSync(path.join(out, i + ".md"), JSON.stringify(card)));
`;

/** Preloaded into every measured process: its peak RSS, written at exit to the file KITH_BENCH_RSS names. */
const RSS_PRELOAD = `
process.on("exit", () => require("fs").writeFileSync(process.env.KITH_BENCH_RSS, String(process.resourceUsage().maxRSS)));
`;

/** A meeting note of `attendees` for `kith recap apply`, in the layout the vault's meetings use. */
function meetingNote(title: string, date: string, attendees: readonly string[]): string {
  return [
    "---",
    "type: meeting",
    `date: '${date}'`,
    "attendees:",
    ...attendees.map((a) => `- "[[${a}]]"`),
    "---",
    "",
    `# ${title}`,
    "",
    "## Summary",
    "",
    "Agreed the pilot scope and the next steps for the data platform rollout.",
    "",
  ].join("\n");
}

/** The vault copy: links for meetings and projects, copies for people; a .obsidian folder. */
function copyVault(from: string, files: CliBenchOptions["files"], to: string): void {
  const made = new Set<string>();
  for (const { path: file, kind } of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (kind === "person") fs.copyFileSync(path.join(from, file), target);
    else {
      try {
        fs.linkSync(path.join(from, file), target);
      } catch {
        fs.copyFileSync(path.join(from, file), target); // another file system, or no hard links
      }
    }
  }
  fs.mkdirSync(path.join(to, ".obsidian"), { recursive: true });
}

export async function benchCli(options: CliBenchOptions): Promise<void> {
  const { root, runs, log } = options;
  const kith = path.join(root, "dist", "kith.cjs");
  if (!fs.existsSync(kith)) {
    log("cli: dist/kith.cjs is missing (the build failed?): CLI section skipped");
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kith-bench-cli-"));
  try {
    const vault = path.join(work, "vault");
    const copyStart = now();
    copyVault(options.vaultDir, options.files, vault);
    log(`cli: vault copied to ${vault} in ${(msSince(copyStart) / 1000).toFixed(1)} s`);
    const scripts = {
      statWalk: path.join(work, "stat-walk.cjs"),
      readAll: path.join(work, "read-all.cjs"),
      rss: path.join(work, "rss.cjs"),
      icalParse: path.join(work, "ical-parse.mjs"),
      importFloor: path.join(work, "import-floor.mjs"),
    };
    fs.writeFileSync(scripts.statWalk, STAT_WALK);
    fs.writeFileSync(scripts.readAll, READ_ALL);
    fs.writeFileSync(scripts.rss, RSS_PRELOAD);
    fs.writeFileSync(scripts.icalParse, ICAL_PARSE);
    fs.writeFileSync(scripts.importFloor, IMPORT_FLOOR);
    const rssFile = path.join(work, "rss.txt");
    const cacheFile = path.join(vault, ".obsidian", "plugins", "kith", "people-cache.json");

    /** One process: `node --require rss.cjs ...args`, timed whole. */
    const run = (args: string[]): ProcessRun => {
      fs.rmSync(rssFile, { force: true });
      const start = now();
      const child = spawnSync(process.execPath, ["--require", scripts.rss, ...args], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, KITH_BENCH_RSS: rssFile, KITH_VAULT: "" },
        maxBuffer: 256 * 1024 * 1024,
      });
      const ms = msSince(start);
      const rssKb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) : NaN;
      return { ms, rssMb: rssKb / 1024, status: child.status, stderr: child.stderr ?? "" };
    };
    /** Medians of `runs` runs; `before` runs ahead of each (not timed); a run that fails is reported. */
    const measure = (name: string, args: (i: number) => string[], before: () => void = () => {}): { ms: number; rssMb: number; runs: ProcessRun[] } => {
      const done: ProcessRun[] = [];
      for (let i = 0; i < runs; i++) {
        before();
        done.push(run(args(i)));
      }
      const failed = done.find((r) => r.status !== 0 && !(name.startsWith("doctor") && r.status === 1));
      if (failed) log(`cli: ${name} exited ${failed.status}: ${failed.stderr.trim().split("\n")[0] ?? ""}`);
      return { ms: median(done.map((r) => r.ms)), rssMb: Math.max(...done.map((r) => r.rssMb)), runs: done };
    };
    const kithArgs = (...args: string[]): string[] => [kith, ...args, "--vault", vault];

    // Page cache warm for everyone: one read of everything first.
    run([scripts.readAll, vault]);
    const nodeZero = measure("node -e 0", () => ["-e", "0"]);
    const statWalk = measure("stat walk", () => [scripts.statWalk, vault]);
    const statWalkPeople = measure("stat walk + people", () => [scripts.statWalk, vault, options.peopleFolder]);
    const readAll = measure("read all", () => [scripts.readAll, vault]);
    log(`cli baselines: node -e 0 ${nodeZero.ms.toFixed(0)} ms, stat walk ${statWalk.ms.toFixed(0)} ms, + people ${statWalkPeople.ms.toFixed(0)} ms, read all ${readAll.ms.toFixed(0)} ms`);

    const names = options.peopleNames;
    const someone = names[Math.floor(names.length / 2)] ?? names[0] ?? "";
    const version = measure("--version", () => [kith, "--version"]);
    const showCold = measure("person show (cold)", () => kithArgs("person", "show", someone, "--json"), () => fs.rmSync(cacheFile, { force: true }));
    run(kithArgs("person", "list")); // the cache, for the warm calls
    const showWarm = measure("person show (warm)", () => kithArgs("person", "show", someone, "--json"));
    const addFactWarm = measure("person add-fact (warm)", (i) => kithArgs("person", "add-fact", names[i + 1] ?? someone, `Bench fact ${Date.now()} ${i}.`));
    const listWarm = measure("person list (warm)", () => kithArgs("person", "list", "--json"));
    // Recaps: one new 10-attendee meeting per run (applying the same meeting again is a no-op), written before the cache is refreshed.
    const meetings = Array.from({ length: runs }, (_, i) => {
      const attendees = Array.from({ length: 10 }, (_, k) => names[(i * 10 + k * 7 + 11) % names.length] ?? someone);
      const file = `Meetings/2026-11-2${i} - Bench recap ${i}.md`;
      fs.mkdirSync(path.join(vault, "Meetings"), { recursive: true });
      fs.writeFileSync(path.join(vault, file), meetingNote(`Bench recap ${i}`, `2026-11-2${i}`, attendees));
      return file;
    });
    run(kithArgs("person", "list"));
    const recapWarm = measure("recap apply (warm)", (i) => kithArgs("recap", "apply", meetings[i] ?? meetings[0] ?? ""));
    const doctor = measure("doctor", () => kithArgs("doctor"));
    const tasks = measure("tasks", () => kithArgs("tasks", "--json"));
    // Contacts import (issue 17): 2,000 invented cards (bench/contacts-cards.ts) into this vault
    // copy. Before each run, untimed: the last run undone and the people cache brought up to
    // date, so each run creates the same 2,000 notes from a warm cache, as the other warm rows.
    const cardsFile = path.join(work, "contacts-2000.vcf");
    fs.writeFileSync(cardsFile, contactsVcf(2000));
    const icalJs = path.join(root, "node_modules", "ical.js", "dist", "ical.js");
    const icalParse = measure("ical.js parse", () => [scripts.icalParse, icalJs, cardsFile]);
    const importFloor = measure("import floor", (i) => [scripts.importFloor, vault, icalJs, cardsFile, path.join(work, `import-floor-${i}`)]);
    // Photos go to an attachments folder of their own (undo leaves pictures), removed with the trash the undo fills.
    fs.writeFileSync(path.join(vault, ".obsidian", "app.json"), JSON.stringify({ attachmentFolderPath: "Attachments" }));
    const undoImport = (): void => {
      run(kithArgs("contacts", "undo"));
      fs.rmSync(path.join(vault, "Attachments"), { recursive: true, force: true });
      fs.rmSync(path.join(vault, ".trash"), { recursive: true, force: true });
      run(kithArgs("person", "list"));
    };
    const contactsImport = measure("contacts import", () => kithArgs("contacts", "import", cardsFile, "--json"), undoImport);
    undoImport();
    const rssOf = (...measured: Array<{ rssMb: number }>): number => Math.max(...measured.map((m) => m.rssMb));

    const ratio = (a: number, b: number): number => Number((a / b).toFixed(2));
    const f = (n: number): string => `${n.toFixed(0)} ms`;
    const detail = (m: { ms: number; rssMb: number; runs: ProcessRun[] }): Record<string, unknown> => ({
      medianMs: Math.round(m.ms),
      runsMs: m.runs.map((r) => Math.round(r.ms)),
      peakRssMb: Math.round(m.rssMb),
      exitCodes: m.runs.map((r) => r.status),
    });
    const base = { nodeZeroMs: Math.round(nodeZero.ms), statWalkMs: Math.round(statWalk.ms), statWalkPeopleMs: Math.round(statWalkPeople.ms), readAllMs: Math.round(readAll.ms), icalParseMs: Math.round(icalParse.ms), importFloorMs: Math.round(importFloor.ms), notes: options.files.length };
    const byName = `"${someone}"`;
    const rows: Array<[string, string, { ms: number; rssMb: number; runs: ProcessRun[] }, number, number, string]> = [
      ["cli.version", "kith --version / node -e 0", version, nodeZero.ms, 1.5, `node -e 0 ${f(nodeZero.ms)}`],
      ["cli.person-show.warm", `kith person show ${byName} --json, warm cache / stat walk`, showWarm, statWalk.ms, 1.5, `stat walk ${f(statWalk.ms)}`],
      ["cli.add-fact.warm", "kith person add-fact NAME FACT, warm cache / stat walk", addFactWarm, statWalk.ms, 1.5, `stat walk ${f(statWalk.ms)}`],
      ["cli.person-show.cold", `kith person show ${byName} --json, no cache / (stat walk + reading the people notes)`, showCold, statWalkPeople.ms, 1.5, `stat walk + people ${f(statWalkPeople.ms)}`],
      ["cli.recap-apply.warm", "kith recap apply (10 attendees), warm cache / stat walk", recapWarm, statWalk.ms, 2, `stat walk ${f(statWalk.ms)}`],
      ["cli.person-list.warm", "kith person list --json, warm cache / stat walk", listWarm, statWalk.ms, 1.5, `stat walk ${f(statWalk.ms)}`],
      ["cli.doctor", "kith doctor / read all", doctor, readAll.ms, 2, `read all ${f(readAll.ms)}`],
      ["cli.tasks", "kith tasks --json / read all", tasks, readAll.ms, 2, `read all ${f(readAll.ms)}`],
      ["cli.contacts-import", "kith contacts import (2,000 new cards, warm cache) / ical.js parse of the file", contactsImport, icalParse.ms, 3, `ical.js parse ${f(icalParse.ms)}`],
      [
        "cli.contacts-import.floor",
        "kith contacts import (2,000 new cards, warm cache) / (stat walk + ical.js parse + 2,000 writeFileSync)",
        contactsImport,
        importFloor.ms,
        3,
        `stat walk + ical.js parse + 2,000 writes ${f(importFloor.ms)}; ical.js parse ${f(icalParse.ms)}`,
      ],
    ];
    for (const [id, title, m, baseline, limit, beside] of rows) {
      options.target({ id, title, figure: ratio(m.ms, baseline), unit: "x", limit, comparison: "<=", beside: `${f(m.ms)}; ${beside}`, detail: { ...detail(m), ...base } });
    }
    const personRss = rssOf(showWarm, addFactWarm, listWarm, recapWarm);
    options.target({
      id: "cli.rss.person",
      title: "peak RSS of kith person show/add-fact/list and recap apply (warm)",
      figure: Math.round(personRss),
      unit: "MB",
      limit: 150,
      comparison: "<=",
      beside: `cold person show ${Math.round(showCold.rssMb)} MB; node -e 0 ${Math.round(nodeZero.rssMb)} MB; stat walk ${Math.round(statWalk.rssMb)} MB`,
      detail: { show: Math.round(showWarm.rssMb), addFact: Math.round(addFactWarm.rssMb), list: Math.round(listWarm.rssMb), recap: Math.round(recapWarm.rssMb), showCold: Math.round(showCold.rssMb), measure: "process.resourceUsage().maxRSS of the kith process, max of the runs" },
    });
    options.target({
      id: "cli.rss.doctor-tasks",
      title: "peak RSS of kith doctor and kith tasks",
      figure: Math.round(rssOf(doctor, tasks)),
      unit: "MB",
      limit: 300,
      comparison: "<=",
      beside: `read all ${Math.round(readAll.rssMb)} MB`,
      detail: { doctor: Math.round(doctor.rssMb), tasks: Math.round(tasks.rssMb) },
    });
    const cacheBytes = fs.existsSync(cacheFile) ? fs.statSync(cacheFile).size : null;
    log(
      `cli: show warm ${f(showWarm.ms)} cold ${f(showCold.ms)}, add-fact ${f(addFactWarm.ms)}, recap ${f(recapWarm.ms)}, list ${f(listWarm.ms)}, doctor ${f(doctor.ms)}, tasks ${f(tasks.ms)}, --version ${f(version.ms)}, ` +
        `contacts import ${f(contactsImport.ms)} (ical.js parse ${f(icalParse.ms)}, floor ${f(importFloor.ms)}); ` +
        `RSS person ${personRss.toFixed(0)} MB; cache ${cacheBytes === null ? "none" : `${(cacheBytes / 1e6).toFixed(1)} MB`}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
