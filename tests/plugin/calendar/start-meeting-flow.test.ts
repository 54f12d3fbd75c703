// @vitest-environment happy-dom
/**
 * The calendar feature in the loaded plugin: nothing read or timed before the layout is ready,
 * the refresh command, and one click on a meeting: its note started, opened, and the recap
 * form on it, whose apply updates the attendees and leaves the started note as it is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, ButtonComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TodaysMeetings } from "../../../src/plugin/calendar/todays-meetings";
import KithPlugin from "../../../src/plugin/main";
import { RecapModal } from "../../../src/plugin/recap/recap-modal";
import { RecapPreviewModal } from "../../../src/plugin/recap/preview-modal";

const ICS = readFileSync(join(import.meta.dirname, "../../fixtures/calendar/today.ics"), "utf8");
const DANA = readFileSync(join(import.meta.dirname, "../../fixtures/people/Dana Okafor.md"), "utf8");
const TODAY = "2026-11-25";
const REVIEW = "Meetings/2026-03-25 - Roadmap review with Northwind.md";

/** The double's ButtonComponent keeps its click handler; Obsidian's listens for clicks. */
function buttonsClick(): void {
  vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
    this.buttonEl.addEventListener("click", (event) => void callback(event));
    return this;
  });
}

afterEach(() => vi.restoreAllMocks());

async function load() {
  const app = App.createConfigured__({ files: { "People/Dana Okafor.md": DANA, "Calendars/work.ics": ICS } });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  vi.spyOn(plugin, "today").mockReturnValue(TODAY);
  await plugin.saveData({ calendars: [{ name: "Work", file: "Calendars/work.ics" }], myEmails: ["sam@kith.example"], myName: "Sam Reyes" });
  return { app, plugin };
}

describe("the calendar feature in the plugin", () => {
  it("reads no calendar and starts no timer before the layout is ready; then refreshes and ticks", async () => {
    const { app, plugin } = await load();
    const interval = vi.spyOn(plugin, "registerInterval");
    const read = vi.spyOn(app.vault, "cachedRead");
    await plugin.onload();
    expect(interval).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    app.workspace.setLayoutReady__();
    expect(interval).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(plugin.meetings?.current.loaded).toBe(true));
    expect(read.mock.calls.map(([file]) => file.path)).toContain("Calendars/work.ics");
  });

  it("registers Refresh today's meetings with no default hotkey", async () => {
    const { app, plugin } = await load();
    await plugin.onload();
    app.workspace.setLayoutReady__();
    const commands = (plugin as unknown as { commands__?: Map<string, { name: string; hotkeys?: unknown }> }).commands__;
    const command = [...(commands?.values() ?? [])].find((c) => c.name === "Refresh today's meetings");
    expect(command).toBeDefined();
    expect(command?.hotkeys).toBeUndefined();
  });

  it("starts the meeting note, opens it and the recap form on it; apply updates the attendees, not the started note", async () => {
    const { app, plugin } = await load();
    await plugin.onload();
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    const fixed = new TodaysMeetings({ app: app.asOriginalType__(), settings: () => plugin.settings, now: () => Date.UTC(2026, 2, 25, 8, 0), zone: () => "Europe/Stockholm" });
    await fixed.refresh();
    const review = fixed.current.meetings[0];
    if (!review) throw new Error("no meeting");

    buttonsClick();
    const forms: RecapModal[] = [];
    vi.spyOn(RecapModal.prototype, "open").mockImplementation(function (this: RecapModal) {
      forms.push(this);
      this.onOpen();
    });
    const previews: RecapPreviewModal[] = [];
    vi.spyOn(RecapPreviewModal.prototype, "open").mockImplementation(function (this: RecapPreviewModal) {
      previews.push(this);
      void this.onOpen();
    });
    await plugin.startMeeting?.(review);
    const started = await app.vault.adapter.read(REVIEW);
    expect(started).toContain("[[Dana Okafor]]");
    expect(app.workspace.getActiveFile()?.path).toBe(REVIEW);
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    const value = (label: string) => form.contentEl.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)?.value;
    expect([value("Date"), value("Title"), value("Summary")]).toEqual(["2026-03-25", "Roadmap review with Northwind", "Walk through the Q2 lakehouse roadmap and agree the pilot's success criteria."]);
    expect([...form.contentEl.querySelectorAll(".kith-chip")].map((c) => c.textContent)).toEqual(["Dana Okafor"]);

    const preview = [...form.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Preview");
    preview?.click();
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    const apply = [...previews[0]!.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Apply");
    apply?.click();
    await vi.waitFor(async () => expect(await app.vault.adapter.read("People/Dana Okafor.md")).toContain("[[2026-03-25 - Roadmap review with Northwind]]"));
    expect(await app.vault.adapter.read(REVIEW)).toBe(started);
  });
});
