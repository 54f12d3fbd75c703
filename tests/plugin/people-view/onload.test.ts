// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import KithPlugin from "../../../src/plugin/main";
import { PEOPLE_TABLE_VIEW_TYPE } from "../../../src/plugin/people-view/view";
import { fixtureVault } from "../panel/fixtures";
import { appWith } from "../panel/harness";

describe("KithPlugin.onload with the people view", () => {
  it("registers the view, its command (no default hotkey) and its ribbon button, reading no note", async () => {
    const app = appWith(fixtureVault());
    const cachedRead = vi.spyOn(app.vault, "cachedRead");
    const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
    const registerView = vi.spyOn(plugin, "registerView");
    const addCommand = vi.spyOn(plugin, "addCommand");
    const addRibbonIcon = vi.spyOn(plugin, "addRibbonIcon");
    await plugin.onload();
    expect(cachedRead).not.toHaveBeenCalled();
    expect(registerView.mock.calls.map(([type]) => type)).toContain(PEOPLE_TABLE_VIEW_TYPE);
    const command = addCommand.mock.calls.map(([c]) => c).find((c) => c.id === "open-people-view");
    expect(command?.name).toBe("Open people view");
    expect(command?.hotkeys).toBeUndefined();
    expect(addRibbonIcon.mock.calls.map(([icon, title]) => [icon, title])).toContainEqual(["book-user", "Open people view"]);
  });
});
