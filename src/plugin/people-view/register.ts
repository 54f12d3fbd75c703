import type { KithHost } from "../host";
import { PEOPLE_TABLE_VIEW_TYPE, PeopleTableView } from "./view";

/** Opens the people view in a tab of the main area, or reveals it where it already is. */
async function openPeopleView(plugin: KithHost): Promise<void> {
  const { workspace } = plugin.app;
  let leaf = workspace.getLeavesOfType(PEOPLE_TABLE_VIEW_TYPE)[0] ?? null;
  if (!leaf) {
    leaf = workspace.getLeaf("tab");
    await leaf.setViewState({ type: PEOPLE_TABLE_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** The people view: registered by type so Obsidian restores it with the workspace; it reads the people index only. */
export function registerPeopleView(plugin: KithHost): void {
  plugin.registerView(PEOPLE_TABLE_VIEW_TYPE, (leaf) => new PeopleTableView(leaf, plugin));
  plugin.addCommand({ id: "open-people-view", name: "Open people view", callback: () => void openPeopleView(plugin) });
  // Beside "Add meeting recap"; like any ribbon button, the user can hide it.
  plugin.addRibbonIcon("book-user", "Open people view", () => void openPeopleView(plugin));
}
