// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import KithPlugin from "../../../src/plugin/main";
import { PEOPLE_VIEW_TYPE } from "../../../src/plugin/panel/view";
import { fixtureVault } from "./fixtures";
import { appWith } from "./harness";

describe("KithPlugin.onload with the people panel", () => {
  it("reads no note, registers the view and its command, and builds the indexes once the layout is ready", async () => {
    const app = appWith(fixtureVault());
    const read = vi.spyOn(app.vault, "read");
    const cachedRead = vi.spyOn(app.vault, "cachedRead");
    const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
    const registerView = vi.spyOn(plugin, "registerView");
    const addCommand = vi.spyOn(plugin, "addCommand");
    await plugin.onload();
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
    expect(registerView.mock.calls.map(([type]) => type)).toContain(PEOPLE_VIEW_TYPE);
    expect(addCommand.mock.calls.map(([c]) => [c.id, c.name])).toContainEqual(["open-people-panel", "Open people panel"]);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    expect(cachedRead).toHaveBeenCalled();
    expect(cachedRead.mock.calls.map(([file]) => file.path)).not.toContain("Notes/Weekly notes.md");
  });
});
