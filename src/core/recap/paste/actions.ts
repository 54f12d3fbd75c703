import type { ActionItem } from "../recap";
import type { Entry } from "./blocks";
import { readDue } from "./due";
import { unique } from "./normalize";
import { readOwners, type OwnerContext } from "./owners";
import { isNameLike, resolveName, SELF_WORDS, splitNames } from "./people";

/**
 * Next steps as action items: the owner (from the task's words, the table's owner column or
 * the group it is listed under) resolved to an attendee, the due date read from its words.
 * A task for two people is one item each, so each finds it in their note.
 */
export interface ActionContext extends OwnerContext {
  meetingDate: string | null;
  warnings: string[];
}

export function toActions(entry: Entry, group: string | null, ctx: ActionContext): ActionItem[] {
  const parts = entry.item ? [entry.text] : sentences(entry.text);
  return parts.flatMap((part) => one(part, entry, group, ctx));
}

function one(text: string, entry: Entry, group: string | null, ctx: ActionContext): ActionItem[] {
  const owned = readOwners(text, ctx);
  const written =
    owned.owners.length > 0 ? owned.owners : entry.owner ? splitNames(entry.owner) : group && isNameLike(group) ? splitNames(group) : [];
  let read = readDue(owned.text, ctx.meetingDate);
  if (read.due === null && read.warning === null && entry.due) {
    const cell = readDue(entry.due, ctx.meetingDate, owned.text);
    read = { ...cell, text: owned.text };
  }
  const task = tidy(read.text);
  if (!task) return [];
  const body = entry.detail ? `${task} — ${tidy(entry.detail)}` : task;
  if (read.warning) ctx.warnings.push(read.warning);
  // "Me and Jorge to …": the writer, when the text says who that is.
  const named = written.flatMap((name) => (SELF_WORDS.test(name) ? (ctx.sender ? [ctx.sender] : []) : [name]));
  const owners = unique(named.map((name) => resolveName(name, ctx.attendees, ctx.warnings)));
  if (owners.length === 0) return [{ text: body, owner: null, due: read.due }];
  return owners.map((owner) => ({ text: body, owner, due: read.due }));
}

/** Prose next steps ("Dana will send the deck. Sam will book the room.") are one task a sentence. */
function sentences(text: string): string[] {
  return text
    .replace(/([.!?])\s+(?=[\p{Lu}@[])/gu, "$1\n")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A task reads as a to-do: no closing period, no dangling separators or parentheses. */
function tidy(text: string): string {
  let s = text;
  if (!s.includes("(")) s = s.replace(/\)/g, "");
  if (!s.includes(")")) s = s.replace(/\(/g, "");
  return s
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+/, "")
    .replace(/[\s,;:–—-]+$/, "")
    .replace(/([^.])\.$/, "$1")
    .trim();
}
