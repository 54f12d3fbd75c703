// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import * as obsidian from "obsidian";
import { App } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { journalLine, parseJournal, type Recap } from "../../../src/core";
import KithPlugin from "../../../src/plugin/main";
import { RecapService } from "../../../src/plugin/recap/recap-service";
import { lockPathFor } from "../../../src/cli/note-lock";
import { journalLockPath } from "../../../src/plugin/recap/journal-lock";
import { JOURNAL_FILE, OLD_UNDO_FILE } from "../../../src/plugin/recap/undo-store";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const TODAY = "2026-11-25";
const DANA_PATH = "People/Dana Okafor.md";
const SAM_PATH = "People/Sam Reyes.md";
const MEETING = "Meetings/2026-03-09 - Design session.md";

async function setup() {
  const app = App.createConfigured__({ files: { [DANA_PATH]: DANA, "Meetings/": "" } });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  vi.spyOn(plugin, "today").mockReturnValue(TODAY);
  await plugin.onload();
  await plugin.indexer.build();
  const folder = `${app.vault.configDir}/plugins/kith`;
  return { app, plugin, service: new RecapService(plugin), folder, journalPath: `${folder}/${JOURNAL_FILE}`, oldPath: `${folder}/${OLD_UNDO_FILE}` };
}

const RECAP: Recap = { date: "2026-03-09", title: "Design session", attendees: ["Dana Okafor", "Sam Reyes"], via: null, summary: "Storage tiers.", facts: [], decisions: [], topics: [], actions: [], tags: [] };

/** The notices shown, in order. */
function notices(): string[] {
  return vi.mocked(obsidian.Notice).mock.calls.map(([message]) => (typeof message === "string" ? message : "(a fragment)"));
}

vi.mock("obsidian", async (original) => {
  const actual = await original<typeof import("obsidian")>();
  return { ...actual, Notice: vi.fn() };
});

afterEach(() => vi.clearAllMocks());

describe("the plugin's recap journal", () => {
  it("is written as the recap applies, in the format the CLI reads, and removed by undo", async () => {
    const { app, service, journalPath } = await setup();
    await service.apply(await service.plan(RECAP));
    const journal = parseJournal(await app.vault.adapter.read(journalPath), JOURNAL_FILE);
    expect(journal).toMatchObject({ meetingPath: MEETING, appliedOn: TODAY, complete: true });
    expect(journal?.notes.map((n) => [n.path, n.writes[0]?.before === null])).toEqual([
      [MEETING, true],
      [DANA_PATH, false],
      [SAM_PATH, true],
    ]);
    await service.undoLast();
    expect(await app.vault.adapter.read(DANA_PATH)).toBe(DANA);
    expect(await app.vault.adapter.exists(journalPath)).toBe(false);
  });

  it("when the journal cannot be written, no note is, and the error says so", async () => {
    const { app, service, folder, journalPath } = await setup();
    const write = app.vault.adapter.write.bind(app.vault.adapter);
    vi.spyOn(app.vault.adapter, "write").mockImplementation((path, data) => (path === journalPath ? Promise.reject(new Error("read-only")) : write(path, data)));
    await expect(service.apply(await service.plan(RECAP))).rejects.toThrow(`${folder} is not writable (read-only): the recap was not applied, nothing written.`);
    expect(await app.vault.adapter.read(DANA_PATH)).toBe(DANA);
    expect(await app.vault.adapter.exists(SAM_PATH)).toBe(false);
    expect(await app.vault.adapter.exists(MEETING)).toBe(false);
  });

  it("undoes a recap that stopped part-way (a journal the CLI could have left): only what it wrote", async () => {
    const { app, service, journalPath } = await setup();
    const after = `${DANA}\nEdited by the recap.\n`;
    await app.vault.adapter.write(DANA_PATH, after);
    const header = journalLine({ kind: "recap", meetingPath: MEETING, appliedOn: TODAY });
    const dana = journalLine({ step: "plan", path: DANA_PATH, before: DANA, after });
    const sam = journalLine({ step: "plan", path: SAM_PATH, before: null, after: "never written" });
    await app.vault.adapter.write(journalPath, header + dana + sam.slice(0, 20));
    await service.undoLast();
    expect(await app.vault.adapter.read(DANA_PATH)).toBe(DANA);
    expect(notices()).toEqual(["Undid the recap, which had stopped part-way: 1 restored, 0 removed."]);
  });

  it("undoes a recap from an undo record an earlier version left, and a new recap replaces that record", async () => {
    const { app, service, journalPath, oldPath } = await setup();
    const after = `${DANA}\nEdited by the recap.\n`;
    await app.vault.adapter.write(DANA_PATH, after);
    await app.vault.adapter.write(oldPath, JSON.stringify({ kind: "recap", meetingPath: MEETING, appliedOn: TODAY, entries: [{ path: DANA_PATH, before: DANA, after }] }));
    await service.undoLast();
    expect(await app.vault.adapter.read(DANA_PATH)).toBe(DANA);
    expect(await app.vault.adapter.exists(oldPath)).toBe(false);

    await app.vault.adapter.write(oldPath, "{}");
    await service.apply(await service.plan(RECAP));
    expect(await app.vault.adapter.exists(oldPath)).toBe(false);
    expect(await app.vault.adapter.exists(journalPath)).toBe(true);
  });
});

describe("the journal's lock, shared with the CLI", () => {
  const CLI_LOCK = `${JSON.stringify({ pid: 4242, host: "laptop", time: 1, token: "cli" })}\n`;

  it("is the file kith recap apply takes", () => {
    const journal = ".obsidian/plugins/kith/last-recap.jsonl";
    expect(journalLockPath(journal)).toBe(lockPathFor(journal));
    expect(journalLockPath(journal)).toBe(".obsidian/plugins/kith/.last-recap.jsonl.kith-lock");
  });

  it("is held while a recap applies and while it is undone, and gone after", async () => {
    const { app, service, plugin, journalPath } = await setup();
    const lock = journalLockPath(journalPath);
    const held: boolean[] = [];
    const { store } = plugin;
    const [process, create] = [store.process.bind(store), store.create.bind(store)];
    vi.spyOn(store, "process").mockImplementation(async (...args) => {
      held.push(await app.vault.adapter.exists(lock));
      return process(...args);
    });
    vi.spyOn(store, "create").mockImplementation(async (...args) => {
      held.push(await app.vault.adapter.exists(lock));
      return create(...args);
    });
    await service.apply(await service.plan(RECAP));
    expect(await app.vault.adapter.exists(lock)).toBe(false);
    await service.undoLast();
    // Apply: the meeting note and Sam created, Dana edited; undo: Dana restored.
    expect(held).toEqual([true, true, true, true]);
    expect(await app.vault.adapter.exists(lock)).toBe(false);
  });

  it("waits while kith holds it, then applies", async () => {
    const { app, service, journalPath } = await setup();
    const lock = journalLockPath(journalPath);
    await app.vault.adapter.write(lock, CLI_LOCK);
    const plan = await service.plan(RECAP);
    let done = false;
    const applying = service.apply(plan).then(() => (done = true));
    await new Promise((resolve) => window.setTimeout(resolve, 50));
    expect(done).toBe(false);
    expect(await app.vault.adapter.exists(MEETING)).toBe(false);
    await app.vault.adapter.remove(lock);
    await applying;
    expect(parseJournal(await app.vault.adapter.read(journalPath), JOURNAL_FILE)?.complete).toBe(true);
    expect(await app.vault.adapter.exists(lock)).toBe(false);
  });

  it("breaks a lock left 30 seconds ago by a process that stopped", async () => {
    const { app, service, journalPath } = await setup();
    const lock = journalLockPath(journalPath);
    await app.vault.adapter.write(lock, CLI_LOCK, { mtime: Date.now() - 31_000 });
    await service.apply(await service.plan(RECAP));
    expect(parseJournal(await app.vault.adapter.read(journalPath), JOURNAL_FILE)?.complete).toBe(true);
    expect(await app.vault.adapter.exists(lock)).toBe(false);
  });

  /**
   * A recap applied under fake timers whose first note write waits until `during` is done: the
   * lock is held all that while. `during` gets the lock's path and the vault adapter.
   */
  async function whileHeld(during: (lock: string, adapter: Awaited<ReturnType<typeof setup>>["app"]["vault"]["adapter"]) => Promise<void>): Promise<string> {
    const { app, service, plugin, journalPath } = await setup();
    const lock = journalLockPath(journalPath);
    const plan = await service.plan(RECAP);
    vi.useFakeTimers({ now: Date.now() });
    try {
      let finish = (): void => undefined;
      const slowWrite = new Promise<void>((resolve) => (finish = resolve));
      const { store } = plugin;
      const create = store.create.bind(store);
      vi.spyOn(store, "create").mockImplementationOnce(async (...args) => {
        await slowWrite;
        return create(...args);
      });
      const applying = service.apply(plan);
      await vi.advanceTimersByTimeAsync(1_000);
      await during(lock, app.vault.adapter);
      finish();
      await vi.advanceTimersByTimeAsync(1_000);
      await applying;
    } finally {
      vi.useRealTimers();
    }
    expect(await app.vault.adapter.exists(lock)).toBe(false);
    return (await app.vault.adapter.read(journalPath)) ?? "";
  }

  it("renews its time every 10 seconds while held, so a long apply is never judged abandoned", async () => {
    const journal = await whileHeld(async (lock, adapter) => {
      const taken = (await adapter.stat(lock))?.mtime ?? 0;
      await vi.advanceTimersByTimeAsync(25_000);
      const renewed = (await adapter.stat(lock))?.mtime ?? 0;
      // Written, read back 25 ms later as ours, then renewed 10 and 20 seconds after that.
      expect(renewed - taken).toBe(20_025);
    });
    expect(parseJournal(journal, JOURNAL_FILE)?.complete).toBe(true);
  });

  it("does not renew a lock gone stale while held (a laptop asleep): another writer may have taken it since", async () => {
    await whileHeld(async (lock, adapter) => {
      const asleep = Date.now() - 31_000;
      await adapter.write(lock, await adapter.read(lock), { mtime: asleep });
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await adapter.stat(lock))?.mtime).toBe(asleep);
    });
  });

  it("refuses after 10 seconds of waiting, nothing written, the lock left to its holder", async () => {
    const { app, service, journalPath } = await setup();
    const lock = journalLockPath(journalPath);
    const plan = await service.plan(RECAP);
    vi.useFakeTimers({ now: Date.now() });
    try {
      await app.vault.adapter.write(lock, CLI_LOCK);
      const applying = service.apply(plan);
      const refused = expect(applying).rejects.toThrow("Another recap is being applied or undone in this vault (by kith or another window); nothing was written. Try again in a moment.");
      await vi.advanceTimersByTimeAsync(10_500);
      await refused;
      expect(notices()).toEqual(["Waiting for another recap in this vault to finish…"]);
    } finally {
      vi.useRealTimers();
    }
    expect(await app.vault.adapter.read(lock)).toBe(CLI_LOCK);
    expect(await app.vault.adapter.read(DANA_PATH)).toBe(DANA);
    expect(await app.vault.adapter.exists(MEETING)).toBe(false);
    expect(await app.vault.adapter.exists(journalPath)).toBe(false);
  });
});
