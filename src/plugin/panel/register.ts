import type { KithHost } from "../host";
import { excludedFrom } from "./excluded";
import { ProjectFeed } from "./project-feed";
import { TaskFeed } from "./task-feed";
import { PEOPLE_VIEW_TYPE, PeopleView } from "./view";

/** Opens the panel in the right sidebar, or reveals it where it already is. */
async function openPeoplePanel(plugin: KithHost): Promise<void> {
  const { workspace } = plugin.app;
  let leaf = workspace.getLeavesOfType(PEOPLE_VIEW_TYPE)[0] ?? null;
  if (!leaf) {
    leaf = workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: PEOPLE_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/**
 * The people panel: its two indexes (open tasks, project links) join the vault indexer, and
 * the view is registered by type so Obsidian restores it with the workspace. Nothing is read
 * here: the indexer builds once the layout is ready.
 */
export function registerPeoplePanel(plugin: KithHost): void {
  const excluded = excludedFrom(plugin.app, () => plugin.settings);
  const tasks = new TaskFeed(excluded);
  const projects = new ProjectFeed(() => plugin.settings, excluded);
  plugin.indexer.add(tasks);
  plugin.indexer.add(projects);
  plugin.registerView(PEOPLE_VIEW_TYPE, (leaf) => new PeopleView(leaf, plugin, { tasks: tasks.index, projects: projects.index }));
  plugin.addCommand({ id: "open-people-panel", name: "Open people panel", callback: () => void openPeoplePanel(plugin) });
}
