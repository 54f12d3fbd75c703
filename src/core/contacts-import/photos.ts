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

/** A host's pictures: a file's bytes (null when there is none), a move to the trash the user chose, and the notes that link one. */
export interface PhotoFiles {
  read(path: string): Promise<Uint8Array | null>;
  trash(path: string): Promise<void>;
  /**
   * The notes that link the picture now, as far as the host can tell: Obsidian's resolved links;
   * the CLI, which keeps no link index, reads the notes changed since the picture was saved (no
   * other note can have linked it since). They may include the import's own notes.
   */
  linkedFrom(path: string): Promise<string[]>;
}

/**
 * Whether a note's text names the picture: by file name, as a link may give the name alone
 * (`![[Lena Voss.png]]`), or as a Markdown link writes it (`![](Lena%20Voss.png)`).
 */
export function namesPicture(text: string, path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return text.includes(name) || text.includes(encodeURI(name));
}

/**
 * The pictures an import saved, moved to the trash with its notes: each only while it is still
 * the picture saved (its size and digest), no note the undo leaves (`keptNotes`, their texts:
 * edited since the import) names it, and no other note links it (the host's `linkedFrom`, less
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
  for (const photo of photos) {
    if (keptNotes.some((text) => namesPicture(text, photo.path))) {
      skipped.push({ path: photo.path, reason: "a note left as it is links it" });
      continue;
    }
    try {
      const bytes = await files.read(photo.path);
      if (bytes === null) continue;
      if (bytes.length !== photo.bytes || photoDigest(bytes) !== photo.digest) {
        skipped.push({ path: photo.path, reason: "it changed after the import" });
        continue;
      }
      const linking = (await files.linkedFrom(photo.path)).find((note) => !importNotes.has(note));
      if (linking !== undefined) {
        skipped.push({ path: photo.path, reason: `${linking} links it` });
        continue;
      }
      await files.trash(photo.path);
      removed.push(photo.path);
    } catch (error) {
      skipped.push({ path: photo.path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { removed, skipped };
}

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
