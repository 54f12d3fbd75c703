import type KithPlugin from "../main";

/** Meeting recaps: the ribbon button, the recap modal and its commands. */
export function registerRecapCommands(plugin: KithPlugin): void {
  void plugin;
}
