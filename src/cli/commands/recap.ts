import type { Command } from "../vault";
import { applyCommand } from "./recap-apply";
import { extractCommand } from "./recap-extract";
import { parseCommand } from "./recap-parse";
import { undoCommand } from "./recap-undo";

export const recapCommands: Command[] = [parseCommand, extractCommand, applyCommand, undoCommand];
