/** The notes of the vault with some file names, gathered as a walk passes them. */
export interface NotesNamed {
  /** Called by the walk for each note. */
  visit(folder: string, name: string): void;
  /** The path of a note named `fileName` (no `.md`, case ignored), or null. */
  pathOf(fileName: string): string | null;
}

/**
 * For a recap's new attendees: is their name a note's already (a project, a company)? Asked of
 * the walk loadPeople makes anyway, since a second walk of 110,000 notes would cost as much again.
 */
export function notesNamed(fileNames: readonly string[]): NotesNamed {
  const wanted = new Set(fileNames.map((name) => `${name}.md`.toLowerCase()));
  // Most file names differ in length from every wanted one: only the others are lowercased.
  const lengths = new Set(fileNames.map((name) => name.length + 3));
  const found = new Map<string, string>();
  return {
    visit(folder, name) {
      if (!lengths.has(name.length)) return;
      const key = name.toLowerCase();
      if (wanted.has(key) && !found.has(key)) found.set(key, folder + name);
    },
    pathOf: (fileName) => found.get(`${fileName}.md`.toLowerCase()) ?? null,
  };
}
