/**
 * `kith tasks`: the panel's task lists for scripts. The inbox below is our own text, after the
 * Tasks plugin's sample vault ("Test Data/callout.md", "Manual Testing/Invalid Dates.md",
 * "Manual Testing/Testing File Formats/Dataview Format - Tasks to Parse.md") and its default
 * statuses (src/Statuses/StatusRegistry.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_CONFIG_FILE } from "../../src/cli/task-index";
import { copyVault, kith } from "./run-kith";

const INBOX = [
  "# Inbox",
  "",
  "> [!todo] This week",
  "> - [ ] Call Dana Okafor about the pilot [due:: 2026-03-12T10:30]",
  "> > - [>] Deferred: Dana Okafor's sizing 📅 2022-02-29",
  "- [x] Done with Dana Okafor ✅ 2026-02-01",
  "- [X] Also done, Dana Okafor",
  "- [-] Dropped: Dana Okafor lunch",
  "- [?] Ask @DanaOkafor about the logs 🆔 abc1 ⛔ xyz9",
  "- [!] Lee Chen to review the sizing @LeeChen 📅 2026-03-01",
  "- [ ] Unrelated 📅 2026-01-01",
  "```",
  "- [ ] Dana Okafor in code",
  "```",
  "",
].join("\n");

const MEETING = "Meetings/2026-03-02 - Pilot scoping call.md";

let vault = "";
beforeAll(async () => {
  vault = await copyVault();
  await writeFile(path.join(vault, "Inbox.md"), INBOX);
  await mkdir(path.join(vault, "Archive"));
  await writeFile(path.join(vault, "Archive", "Old.md"), "- [ ] Archived task for Dana Okafor\n");
  await mkdir(path.join(vault, "Templates"));
  await writeFile(path.join(vault, "Templates", "Meeting.md"), "- [ ] Template task for Dana Okafor\n");
  await mkdir(path.dirname(path.join(vault, APP_CONFIG_FILE)), { recursive: true });
  await writeFile(path.join(vault, APP_CONFIG_FILE), JSON.stringify({ userIgnoreFilters: ["Archive/", "/^Templates\\//"] }));
});

const row = (file: string, line: number, status: string, due: string, owners: string, description: string): string =>
  [`${file}:${line}`, `[${status}]`, due, owners, description].join("\t");

describe("kith tasks", () => {
  it("lists every open task of the vault, soonest due first, undated last; Obsidian's excluded files left out", async () => {
    expect(await kith(vault, "tasks")).toEqual({
      status: 0,
      stdout: [
        row("Inbox.md", 11, " ", "2026-01-01", "-", "Unrelated"),
        row("Inbox.md", 10, "!", "2026-03-01", "@LeeChen", "Lee Chen to review the sizing @LeeChen"),
        row(MEETING, 13, " ", "2026-03-09", "@DanaOkafor", "Send the cluster sizing sheet to @DanaOkafor"),
        row("Inbox.md", 4, " ", "2026-03-12", "-", "Call Dana Okafor about the pilot"),
        row("Inbox.md", 5, ">", "invalid 2022-02-29", "-", "Deferred: Dana Okafor's sizing"),
        row("Inbox.md", 9, "?", "-", "@DanaOkafor", "Ask @DanaOkafor about the logs"),
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("--json: every open task, as JSON.stringify(rows, null, 2) prints them", async () => {
    const run = await kith(vault, "tasks", "--json");
    const rows = JSON.parse(run.stdout) as Array<{ path: string; line: number; due: string | null }>;
    expect(run).toEqual({ status: 0, stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr: "" });
    expect(rows.map((r) => `${r.path}:${r.line}`)).toEqual(["Inbox.md:11", "Inbox.md:10", `${MEETING}:13`, "Inbox.md:4", "Inbox.md:5", "Inbox.md:9"]);
  });

  it("--person: the tasks that mention the person, then those they own, as the panel lists them", async () => {
    expect(await kith(vault, "tasks", "--person", "Dana Okafor")).toEqual({
      status: 0,
      stdout: [
        "Open tasks mentioning Dana Okafor:",
        row("Inbox.md", 4, " ", "2026-03-12", "-", "Call Dana Okafor about the pilot"),
        row("Inbox.md", 5, ">", "invalid 2022-02-29", "-", "Deferred: Dana Okafor's sizing"),
        "Tasks Dana Okafor owns (@DanaOkafor):",
        row(MEETING, 13, " ", "2026-03-09", "@DanaOkafor", "Send the cluster sizing sheet to @DanaOkafor"),
        row("Inbox.md", 9, "?", "-", "@DanaOkafor", "Ask @DanaOkafor about the logs"),
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("--person --json: one array, each task with its relation; lines 1-based", async () => {
    const run = await kith(vault, "tasks", "--person", "Contacts/Dana Okafor.md", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        path: "Inbox.md",
        line: 4,
        status: " ",
        statusType: "todo",
        description: "Call Dana Okafor about the pilot",
        text: "Call Dana Okafor about the pilot [due:: 2026-03-12T10:30]",
        due: "2026-03-12",
        dueInvalid: null,
        owners: [],
        recurring: false,
        relation: "mentions",
      },
      {
        path: "Inbox.md",
        line: 5,
        status: ">",
        statusType: "todo",
        description: "Deferred: Dana Okafor's sizing",
        text: "Deferred: Dana Okafor's sizing 📅 2022-02-29",
        due: null,
        dueInvalid: "2022-02-29",
        owners: [],
        recurring: false,
        relation: "mentions",
      },
      {
        path: MEETING,
        line: 13,
        status: " ",
        statusType: "todo",
        description: "Send the cluster sizing sheet to @DanaOkafor",
        text: "Send the cluster sizing sheet to @DanaOkafor 📅 2026-03-09",
        due: "2026-03-09",
        dueInvalid: null,
        owners: ["@DanaOkafor"],
        recurring: false,
        relation: "owns",
      },
      {
        path: "Inbox.md",
        line: 9,
        status: "?",
        statusType: "todo",
        description: "Ask @DanaOkafor about the logs",
        text: "Ask @DanaOkafor about the logs 🆔 abc1 ⛔ xyz9",
        due: null,
        dueInvalid: null,
        owners: ["@DanaOkafor"],
        recurring: false,
        relation: "owns",
      },
    ]);
  });

  it.each([
    ["a person's name", ["--owned-by", "Lee Chen"]],
    ["a handle, any case", ["--owned-by", "@leechen"]],
  ])("--owned-by %s: the tasks that handle owns", async (_, args) => {
    expect(await kith(vault, "tasks", ...args)).toEqual({
      status: 0,
      stdout: `${row("Inbox.md", 10, "!", "2026-03-01", "@LeeChen", "Lee Chen to review the sizing @LeeChen")}\n`,
      stderr: "",
    });
  });

  it("--person with --owned-by: the person's tasks that handle owns", async () => {
    const run = await kith(vault, "tasks", "--person", "Dana Okafor", "--owned-by", "@DanaOkafor", "--json");
    const tasks = JSON.parse(run.stdout) as Array<{ path: string; line: number; relation: string }>;
    expect(tasks.map((t) => `${t.path}:${t.line}:${t.relation}`)).toEqual([`${MEETING}:13:owns`, "Inbox.md:9:owns"]);
  });

  it("prints nothing for a handle no task carries, and [] with --json", async () => {
    expect(await kith(vault, "tasks", "--owned-by", "@Nobody")).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(await kith(vault, "tasks", "--owned-by", "@Nobody", "--json")).toEqual({ status: 0, stdout: "[]\n", stderr: "" });
  });

  it("prints nothing, and [] with --json, for a vault with no open task", async () => {
    const empty = path.join(await copyVault(), "Empty");
    await mkdir(path.join(empty, ".obsidian"), { recursive: true });
    await writeFile(path.join(empty, "Note.md"), "- [x] Done\n");
    expect(await kith(empty, "tasks")).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(await kith(empty, "tasks", "--json")).toEqual({ status: 0, stdout: "[]\n", stderr: "" });
  });

  it.each([
    ["a name that matches part of one", ["--person", "Dana"], 'kith: "Dana" matches only part of a name: Dana Okafor (Contacts/Dana Okafor.md). Use the full name or the path.\n'],
    ["an unknown option", ["--due"], `kith: tasks: Unknown option '--due'. Run "kith tasks --help".\n`],
    ["an argument", ["Dana Okafor"], `kith: tasks: expected no arguments, got 1 argument. Run "kith tasks --help".\n`],
  ])("refuses %s with exit 2", async (_, args, stderr) => {
    expect(await kith(vault, "tasks", ...args)).toEqual({ status: 2, stdout: "", stderr });
  });

  it("is in kith --help, and has its own", async () => {
    expect((await kith(null, "--help")).stdout).toContain("  tasks ");
    const help = await kith(null, "tasks", "--help");
    expect(help.status).toBe(0);
    for (const flag of ["--vault DIR", "--person NAME", "--owned-by NAME|@HANDLE", "--json"]) expect(help.stdout).toContain(flag);
  });
});
