import type KithPlugin from "../main";

/** Every person-note edit as a command, the file and editor menus. */
export function registerPersonCommands(plugin: KithPlugin): void {
  void plugin;
}
