/** Loads the built main.js (see load-bundle.ts) and checks every person command is registered, with its name. */
import { describe, expect, it } from "vitest";
import { loadBundle, newCalls } from "./load-bundle";

/** The commands the person-notes issue asks for, by id (without the plugin id) and sentence-case name. */
const EXPECTED: Array<[string, string]> = [
  ["new-person", "New person"],
  ["find-person", "Find person"],
  ["add-key-fact", "Add key fact"],
  ["add-key-decision", "Add key decision"],
  ["add-topic", "Add topic"],
  ["set-contact-field", "Set contact field"],
  ["log-interaction", "Log interaction"],
  ["mark-reviewed", "Mark reviewed"],
  ["set-keep-in-touch", "Set keep-in-touch interval"],
  ["snooze-person", "Snooze person"],
  ["normalize-person-note", "Normalize person note"],
  ["rename-person", "Rename person"],
  ["merge-person", "Merge person into..."],
  ["review-queue", "Review queue"],
  ["stale-contacts", "Stale contacts"],
  ["upcoming-dates", "Upcoming dates"],
  ["undo-last-merge", "Undo last merge"],
];

describe("main.js registers the person commands", () => {
  it("every command, with its name, no default hotkeys, no plugin id in ids or names", async () => {
    const calls = newCalls();
    const { obsidian, exports } = loadBundle(calls, new Map());
    const PluginClass = exports.default as new (app: unknown, manifest: unknown) => { onload(): Promise<void> };
    await new PluginClass(obsidian.app, { id: "kith", name: "Kith", version: "0.1.0" }).onload();

    const byId = new Map(calls.commands.map((c) => [c.id, c]));
    for (const [id, name] of EXPECTED) expect(byId.get(id)?.name, id).toBe(name);
    for (const command of calls.commands) {
      expect(command).not.toHaveProperty("hotkeys");
      expect(command.id).not.toMatch(/kith/i);
      expect(command.name).not.toMatch(/kith/i);
    }
    expect(new Set(calls.commands.map((c) => c.id)).size).toBe(calls.commands.length);
  });
});
