/**
 * Mounts the people view on a vault through the Obsidian test double, with the plugin as the
 * panel's harness wires it. No Node APIs: the browser preview (scripts/ui/preview.ts) mounts
 * the same harness in Chromium.
 */
import { WorkspaceLeaf, type App } from "obsidian-test-mocks/obsidian";
import type { View } from "obsidian";
import type KithPlugin from "../../../src/plugin/main";
import { registerPeopleView } from "../../../src/plugin/people-view/register";
import { PEOPLE_TABLE_VIEW_TYPE, type PeopleTableView } from "../../../src/plugin/people-view/view";
import { appWith, pluginFor } from "../panel/harness";

export interface PeopleViewHarness {
  app: App;
  plugin: KithPlugin;
  view: PeopleTableView;
  /** Notes the view opened (click or Enter), in order. */
  opened: string[];
}

export async function mountPeopleView(files: Record<string, string>, host: HTMLElement = document.body): Promise<PeopleViewHarness> {
  const app = appWith(files);
  const plugin = pluginFor(app);
  registerPeopleView(plugin);
  app.workspace.setLayoutReady__();
  await plugin.indexer.ready;
  const opened: string[] = [];
  // Record what the view opens: the double has no editor to open it in.
  app.workspace.getLeaf = (() => ({
    openFile: (file: { path: string }) => {
      opened.push(file.path);
      return Promise.resolve();
    },
  })) as unknown as typeof app.workspace.getLeaf;

  const views = (plugin as unknown as { views__: Map<string, (leaf: unknown) => View> }).views__;
  const create = views.get(PEOPLE_TABLE_VIEW_TYPE);
  if (!create) throw new Error("the people view is not registered");
  const view = create(WorkspaceLeaf.create2__(app)) as PeopleTableView;
  view.contentEl.addClass("view-content");
  host.appendChild(view.containerEl);
  await view.onOpen();
  return { app, plugin, view, opened };
}

/** A person note in the Properties layout, for generated vaults of many people. */
export function generatedPerson(i: number): [string, string] {
  const companies = ["Northwind Foods", "Brightwell", "Contoso", "Fabrikam", ""];
  const roles = ["CTO", "Data engineer", "Head of sales", "Designer", ""];
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String((i % 12) + 1).padStart(2, "0");
  const name = `Person ${String(i).padStart(5, "0")}`;
  const tag = i % 3 === 0 ? "friend" : "work";
  const text = `---\ntype: person\ncompany: ${companies[i % 5]}\nrole: ${roles[i % 4]}\nlast_contact: 2025-${month}-${day}\ntags: [${tag}]\nbirthday: 1990-${month}-${day}\n---\n# ${name}\n`;
  return [`People/${i % 2 === 0 ? "Work" : "Friends"}/${name}.md`, text];
}
