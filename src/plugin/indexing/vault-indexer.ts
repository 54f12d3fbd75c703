import { TFile, type App, type CachedMetadata, type Plugin } from "obsidian";

/**
 * One index fed from the vault: it says which files it wants (from the metadata cache, so
 * nothing is read to decide), and takes each wanted file's text, or null when it is gone.
 */
export interface NoteIndexFeed {
  wants(path: string, cache: CachedMetadata | null): boolean;
  update(path: string, text: string | null): void;
  rename(oldPath: string, newPath: string): void;
  /** Work left once every note is in, a step at a time between frames (true when done): maps only lookups need. */
  settle?(): boolean;
}

const CHUNK = 200;

/** What `onChange` listeners get after a whole build: any entry may have changed. */
export const ALL_NOTES = "";

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Builds the indexes once the layout is ready, in chunks that yield to the UI, reading only
 * the files some index wants; then keeps them current one changed file at a time. `onload`
 * only registers: it reads and lists nothing.
 */
export class VaultIndexer {
  private readonly feeds: NoteIndexFeed[] = [];
  private readyResolve: () => void = () => undefined;
  /** Every note is in: commands and views can run. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.readyResolve = resolve));
  private settledResolve: () => void = () => undefined;
  /** The feeds' work after the build (settle) is done too: the first lookup waits for nothing. */
  readonly settled: Promise<void> = new Promise((resolve) => (this.settledResolve = resolve));
  private readonly listeners = new Set<(path: string) => void>();

  constructor(private readonly app: App) {}

  add(feed: NoteIndexFeed): void {
    this.feeds.push(feed);
  }

  /** Called with each path whose index entries changed (for views to refresh), or ALL_NOTES after a build. */
  onChange(listener: (path: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Once the layout is ready: `before` (what the rules need from the vault's config), then the first build and the listeners. */
  register(plugin: Plugin, before: () => Promise<void> = () => Promise.resolve()): void {
    const { app } = this;
    app.workspace.onLayoutReady(async () => {
      await before();
      plugin.registerEvent(app.metadataCache.on("changed", (file, data, cache) => this.changed(file.path, data, cache)));
      plugin.registerEvent(app.vault.on("delete", (file) => this.removed(file.path)));
      plugin.registerEvent(
        app.vault.on("rename", (file, oldPath) => {
          if (file instanceof TFile) this.renamed(oldPath, file);
        }),
      );
      void this.build();
    });
  }

  async build(): Promise<void> {
    try {
      const files = this.app.vault.getMarkdownFiles();
      for (let i = 0; i < files.length; i += CHUNK) {
        const chunk = files.slice(i, i + CHUNK);
        await Promise.all(chunk.map((file) => this.index(file)));
        await yieldToUi();
      }
    } finally {
      // Commands wait for `ready`: a build that failed must not leave them waiting for ever.
      this.readyResolve();
      // A build (the first, or one after a settings change) may have changed any entry.
      this.emit(ALL_NOTES);
      for (const feed of this.feeds) while (feed.settle && !feed.settle()) await yieldToUi();
      this.settledResolve();
    }
  }

  private async index(file: TFile): Promise<void> {
    const cache = this.app.metadataCache.getFileCache(file);
    const feeds = this.feeds.filter((f) => f.wants(file.path, cache));
    // On a rebuild (settings changed what counts), a feed drops what it no longer wants.
    for (const feed of this.feeds) if (!feeds.includes(feed)) feed.update(file.path, null);
    if (feeds.length === 0) return;
    // A note deleted (or made unreadable) while the build runs is left out; its event follows.
    const text = await this.app.vault.cachedRead(file).catch(() => null);
    for (const feed of feeds) feed.update(file.path, text);
  }

  private changed(path: string, text: string, cache: CachedMetadata): void {
    // A feed that no longer wants the file drops it (null); one that does takes the new text.
    for (const feed of this.feeds) feed.update(path, feed.wants(path, cache) ? text : null);
    this.emit(path);
  }

  private removed(path: string): void {
    for (const feed of this.feeds) feed.update(path, null);
    this.emit(path);
  }

  private renamed(oldPath: string, file: TFile): void {
    for (const feed of this.feeds) feed.rename(oldPath, file.path);
    this.emit(file.path);
  }

  private emit(path: string): void {
    for (const listener of this.listeners) listener(path);
  }
}
