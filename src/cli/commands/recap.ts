import type { Command } from "../vault";
import { applyCommand } from "./recap-apply";
import { parseCommand } from "./recap-parse";
import { undoCommand } from "./recap-undo";

export const recapCommands: Command[] = [parseCommand, applyCommand, undoCommand];
