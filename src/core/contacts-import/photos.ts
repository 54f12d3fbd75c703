import { FrontmatterError } from "../errors";
import { scanLinks } from "../links/scan";
import type { NoteStore } from "../note-store";
import { undoRecap, type UndoResult } from "../recap/apply";
import { journalLine, type JournalPhoto, type RecapJournal } from "../recap/journal";

/** FNV-1a (32 bits) of the bytes: with their count, it tells the picture an import saved from one put in its place. */
export function photoDigest(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The journal line for a picture an import saved, written after it is on disk. */
export function savedPhotoLine(path: string, bytes: Uint8Array): string {
  return journalLine({ step: "photo", path, bytes: bytes.length, digest: photoDigest(bytes) });
}

/** A host's pictures: a file's bytes (null when there is none), a move to the trash the user chose, and the notes that link them. */
export interface PhotoFiles {
  read(path: string): Promise<Uint8Array | null>;
  trash(path: string): Promise<void>;
  /**
   * Of the pictures, those a note other than `except` (the import's own notes) links now, each
   * with one such note: Obsidian's resolved links; the CLI, which keeps no link index, reads the
   * notes that name a picture's file type, comparing file names (linkedNames).
   */
  linkedFrom(pictures: readonly string[], except: ReadonlySet<string>): Promise<Map<string, string>>;
}

/** A file name as links are compared: without its folder (a link may give the name alone), in lower case (Obsidian finds a file whatever a link's case). */
export function linkName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).toLowerCase();
}

/**
 * Of the file names `wanted` (as linkName gives them), those a note links: wikilinks, embeds and
 * Markdown links, URL-decoded, not in code. A note whose frontmatter cannot be read (where its
 * code starts is not known) links each name it holds anywhere, in any case.
 */
export function linkedNames(text: string, wanted: ReadonlySet<string>): string[] {
  let links;
  try {
    links = scanLinks(text);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    const lower = text.toLowerCase();
    return [...wanted].filter((name) => lower.includes(name));
  }
  return [...new Set(links.map((link) => linkName(link.linkpath)))].filter((name) => wanted.has(name));
}

/**
 * The pictures an import saved, moved to the trash with its notes: each only while it is still
 * the picture saved (its size and digest), no note the undo leaves (`keptNotes`, their texts:
 * edited since the import) links it, and no other note does (the host's `linkedFrom`, less
 * the import's own notes, `importNotes`). The others are left and said; one gone needs nothing.
 */
export async function undoPhotos(
  photos: readonly JournalPhoto[],
  files: PhotoFiles,
  keptNotes: readonly string[],
  importNotes: ReadonlySet<string>,
): Promise<{ removed: string[]; skipped: Array<{ path: string; reason: string }> }> {
  const removed: string[] = [];
  const skipped: Array<{ path: string; reason: string }> = [];
  // A recap saves no pictures: its kept notes are not read for links.
  if (photos.length === 0) return { removed, skipped };
  const names = new Set(photos.map((photo) => linkName(photo.path)));
  const keptLinks = new Set(keptNotes.flatMap((text) => linkedNames(text, names)));
  /** The pictures still as saved, which no kept note links: the others' links are looked up once, for all. */
  const unchanged: string[] = [];
  for (const photo of photos) {
    if (keptLinks.has(linkName(photo.path))) {
      skipped.push({ path: photo.path, reason: "a note left as it is links it" });
      continue;
    }
    try {
      const bytes = await files.read(photo.path);
      if (bytes === null) continue;
      if (bytes.length !== photo.bytes || photoDigest(bytes) !== photo.digest) skipped.push({ path: photo.path, reason: "it changed after the import" });
      else unchanged.push(photo.path);
    } catch (error) {
      skipped.push({ path: photo.path, reason: messageOf(error) });
    }
  }
  if (unchanged.length === 0) return { removed, skipped };
  let linked: Map<string, string>;
  try {
    linked = await files.linkedFrom(unchanged, importNotes);
  } catch (error) {
    return { removed, skipped: [...skipped, ...unchanged.map((path) => ({ path, reason: messageOf(error) }))] };
  }
  for (const path of unchanged) {
    const note = linked.get(path);
    if (note !== undefined) {
      skipped.push({ path, reason: `${note} links it` });
      continue;
    }
    try {
      await files.trash(path);
      removed.push(path);
    } catch (error) {
      skipped.push({ path, reason: messageOf(error) });
    }
  }
  return { removed, skipped };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Undoes the last journal's notes (undoRecap), then, for a contacts import, its photos: the
 * notes left as they are, and the user's other notes, keep the photos they link. One result for both.
 */
export async function undoImport(journal: RecapJournal, store: NoteStore, files: PhotoFiles): Promise<UndoResult> {
  const notes = await undoRecap(journal, store);
  const kept = await Promise.all(notes.skipped.map(({ path }) => store.read(path).catch(() => null)));
  const importNotes = new Set(journal.notes.map((note) => note.path));
  const photos = await undoPhotos(journal.photos ?? [], files, kept.filter((text): text is string => text !== null), importNotes);
  return { restored: notes.restored, removed: [...notes.removed, ...photos.removed], skipped: [...notes.skipped, ...photos.skipped] };
}
