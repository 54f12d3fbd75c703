import { isIsoDate, personRules, templatePrompts, toIsoDate, type KithSettings, type PersonRules } from "../core";
import { UsageError, stringOption, type CommandSpec, type OptionSpec, type OptionValues } from "./args";
import { FsNoteStore } from "./fs-note-store";
import type { CachedNotes } from "./people-cache";
import { checkVault, findVault, loadTemplateFolders, loadVaultSettings } from "./vault-settings";

/** A command of the CLI: its spec (parsing and help) and what it does; resolves to the exit code. */
export interface Command {
  spec: CommandSpec;
  run(args: string[], values: OptionValues): Promise<number>;
}

/** Options every command that works on a vault takes. */
export const VAULT_OPTIONS: Record<string, OptionSpec> = {
  vault: { type: "string", value: "DIR", description: "The vault folder; else $KITH_VAULT; else the nearest folder up holding .obsidian." },
  "people-folder": { type: "string", value: "FOLDER", description: "The people folder, instead of the plugin's setting." },
  help: { type: "boolean", short: "h", description: "Show this help." },
};

export const JSON_OPTION: Record<string, OptionSpec> = {
  json: { type: "boolean", description: "Print JSON instead of text." },
};

/** What a command works with once its vault is open. */
export interface VaultContext {
  store: FsNoteStore;
  settings: KithSettings;
  rules: PersonRules;
  /** Today in local time, or KITH_TODAY: edits stamp it into the note's footer. */
  today: string;
  /** Whether a long read shows progress on stderr: at a terminal, and not for `--json`. */
  progress: boolean;
  /**
   * The people cache as the last loadPeople left it, for a process that serves many calls
   * (`kith mcp`): the next call starts from it instead of reading the cache file again. Absent
   * for a one-shot command. `saves` false (`kith mcp --read-only`): the cache file is read,
   * never written, so the server writes nothing at all into the vault. `rules`: the people rules
   * (cacheKey) the notes were read under; when the settings change them, the memory is dropped.
   * `behind`: how many notes the cache file lags the memory (it is rewritten at STALE_NOTES).
   */
  peopleMemory?: { notes: CachedNotes | null; rules?: string; behind?: number; saves: boolean };
  /** For a process that serves many calls (`kith mcp`): reads today and the vault's settings again, before each call. */
  refresh?(): Promise<void>;
}

/** The vault opened for `--dry-run`: it writes nothing into the vault, not even the people cache. */
export async function openVaultToLook(values: OptionValues): Promise<VaultContext> {
  return { ...(await openVault(values)), peopleMemory: { notes: null, saves: false } };
}

/** The prompt lines of the settings' template note (with or without `.md`); none when there is no such note. */
async function readTemplatePrompts(store: FsNoteStore, templatePath: string): Promise<string[]> {
  const path = templatePath.trim();
  if (!path) return [];
  const text = (await store.read(path).catch(() => null)) ?? (await store.read(`${path}.md`).catch(() => null));
  return text === null ? [] : templatePrompts(text);
}

export async function openVault(values: OptionValues): Promise<VaultContext> {
  const vault = stringOption(values, "vault") || process.env.KITH_VAULT || findVault(process.cwd());
  if (!vault) throw new UsageError("missing --vault DIR (or KITH_VAULT), and no folder from here up holds .obsidian.");
  await checkVault(vault);
  const settings = await loadVaultSettings(vault, { peopleFolder: stringOption(values, "people-folder") });
  const store = new FsNoteStore(vault);
  const rules = personRules(settings, await readTemplatePrompts(store, settings.templatePath), await loadTemplateFolders(vault));
  const progress = values.json !== true && process.stderr.isTTY === true;
  return { store, settings, rules, today: todayOf(process.env.KITH_TODAY), progress };
}

/** Today in local time; KITH_TODAY (YYYY-MM-DD) fixes it, for tests and scripts that need a set day. */
function todayOf(fixed: string | undefined): string {
  if (!fixed) return toIsoDate(new Date());
  if (!isIsoDate(fixed)) throw new UsageError(`KITH_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
  return fixed;
}
