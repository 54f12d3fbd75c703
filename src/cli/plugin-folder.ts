import { lstat, mkdir, realpath } from "node:fs/promises";
import nodePath from "node:path";
import { KithError } from "../core";

/** The plugin's folder in a vault, where the plugin keeps its data and the last recap's journal. */
export const PLUGIN_FOLDER = ".obsidian/plugins/kith";

/** A file system error code in words, for messages. */
const PROBLEMS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "a folder on its way is a file",
  EEXIST: "a file is in the way",
  ENOSPC: "the disk is full",
  ELOOP: "a link loop",
};

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Why a file operation failed, in words. */
export function problem(error: unknown): string {
  return PROBLEMS[errorCode(error) ?? ""] ?? (error instanceof Error ? error.message : String(error));
}

function inside(root: string, absolute: string): boolean {
  const rel = nodePath.relative(root, absolute);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${nodePath.sep}`) && !nodePath.isAbsolute(rel));
}

/**
 * The real path of the plugin folder, its missing folders created when `create` (null when one
 * is missing and not). Each folder on the way is resolved before the next is made in it, so
 * nothing is made outside the vault; one that leads outside (a symlinked `.obsidian`, say) is
 * refused, since the journal holds whole note texts. `outcome` ends the messages: what did not
 * happen because of it.
 */
export async function pluginFolder(vault: string, options: { create: boolean; outcome: string }): Promise<string | null> {
  const root = await realpath(vault);
  let folder = root;
  let rel = "";
  for (const name of PLUGIN_FOLDER.split("/")) {
    rel = rel ? `${rel}/${name}` : name;
    const next = nodePath.join(folder, name);
    const exists = await lstat(next).then(
      () => true,
      () => false,
    );
    if (!exists && !options.create) return null;
    if (!exists) {
      await mkdir(next).catch((error: unknown) => {
        throw new KithError("unreadable", `${rel} cannot be created (${problem(error)}): ${options.outcome}.`);
      });
    }
    folder = await realpath(next).catch((error: unknown) => {
      throw new KithError("unreadable", `${rel} cannot be read (${problem(error)}): ${options.outcome}.`);
    });
    if (!inside(root, folder)) throw new KithError("outside-vault", `${rel} leads to ${folder}, outside the vault: ${options.outcome}.`);
  }
  return folder;
}
