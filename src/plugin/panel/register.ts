import type KithPlugin from "../main";

/** The people panel: the sidebar view of the person in the active note. */
export function registerPeoplePanel(plugin: KithPlugin): void {
  void plugin;
}
