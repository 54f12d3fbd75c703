// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { TaskIndex } from "../../../src/core/tasks";
import { fixtureVault } from "./fixtures";
import { appWith, pluginFor } from "./harness";

/** Spies on every way the vault hands out a note's text. */
function readSpies(app: ReturnType<typeof appWith>) {
  const read = vi.spyOn(app.vault, "read");
  const cachedRead = vi.spyOn(app.vault, "cachedRead");
  return {
    paths: () => [...read.mock.calls, ...cachedRead.mock.calls].map(([file]) => file.path).sort(),
    clear: () => {
      read.mockClear();
      cachedRead.mockClear();
    },
  };
}

describe("the panel's indexes", () => {
  afterEach(() => vi.restoreAllMocks());

  it("read nothing at load; once the layout is ready, only notes the metadata cache says matter", async () => {
    const app = appWith(fixtureVault());
    const reads = readSpies(app);
    const plugin = pluginFor(app);
    expect(reads.paths()).toEqual([]);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    // Task notes (the template and the excluded Archive left out), people, project notes
    // with links. Not read: Notes/Weekly notes.md, the Intro call, Hiring plan, Templates, Archive.
    expect(reads.paths()).toEqual([
      "Meetings/2026-03-02 - Pilot scoping call with the Northwind data platform team.md",
      "People/Dana Okafor.md",
      "People/Lee Chen.md",
      "People/Priya Raman.md",
      "Tasks/Inbox.md",
      "Work/Projects/Lakehouse migration.md",
      "Work/Projects/Northwind pilot.md",
    ]);
  });

  it("make the task index's lookup maps after the build, between frames, and then say they are settled", async () => {
    const app = appWith(fixtureVault());
    const prepare = vi.spyOn(TaskIndex.prototype, "prepareLookups");
    const plugin = pluginFor(app);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    await plugin.indexer.settled;
    // Each call lists a batch; the last says the maps are whole.
    expect(prepare.mock.calls.every(([batch]) => batch === 500)).toBe(true);
    expect(prepare.mock.results.at(-1)?.value).toBe(true);
    const tasks = prepare.mock.contexts.at(-1) as TaskIndex;
    expect(tasks.prepareLookups(0)).toBe(true);
  });

  it("update one note per change, from the text the change brings: no read", async () => {
    const app = appWith(fixtureVault());
    const plugin = pluginFor(app);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    const reads = readSpies(app);
    const setNote = vi.spyOn(TaskIndex.prototype, "setNote");
    const inbox = app.vault.getFileByPath("Tasks/Inbox.md")!;
    await app.vault.modify(inbox, "- [ ] Only task for Dana Okafor\n");
    expect(setNote.mock.calls.map(([path]) => path)).toEqual(["Tasks/Inbox.md"]);
    expect(reads.paths()).toEqual([]);
  });

  it("follow created, renamed and deleted notes, and leave out the template and excluded folders", async () => {
    const app = appWith(fixtureVault());
    const plugin = pluginFor(app);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    const setNote = vi.spyOn(TaskIndex.prototype, "setNote");
    const index = setNote.mock.contexts;
    await app.vault.create("Tasks/New.md", "- [ ] Dana Okafor: new\n");
    await app.vault.create("Archive/Later.md", "- [ ] Dana Okafor: archived\n");
    const tasks = index[0] as TaskIndex;
    expect(tasks.mentioning("Dana Okafor").map((t) => t.path)).toContain("Tasks/New.md");
    expect(tasks.mentioning("Dana Okafor").map((t) => t.path)).not.toContain("Archive/Later.md");
    await app.vault.rename(app.vault.getFileByPath("Tasks/New.md")!, "Tasks/Moved.md");
    expect(tasks.tasksIn("Tasks/Moved.md").map((t) => t.description)).toEqual(["Dana Okafor: new"]);
    await app.vault.rename(app.vault.getFileByPath("Tasks/Moved.md")!, "Archive/Moved.md");
    expect(tasks.tasksIn("Archive/Moved.md")).toEqual([]);
    await app.fileManager.trashFile(app.vault.getFileByPath("Tasks/Inbox.md")!);
    expect(tasks.tasksIn("Tasks/Inbox.md")).toEqual([]);
    expect([...tasks.paths()].sort()).toEqual([
      "Meetings/2026-03-02 - Pilot scoping call with the Northwind data platform team.md",
      "Work/Projects/Northwind pilot.md",
    ]);
  });
});
