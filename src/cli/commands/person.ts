import type { Command } from "../vault";
import { editCommands } from "./person-edit";
import { newCommand } from "./person-new";
import { listCommand, showCommand } from "./person-read";

export const personCommands: Command[] = [listCommand, showCommand, newCommand, ...editCommands];
