/**
 * A contacts file's bytes as text. Exporters do not all write UTF-8: Outlook's "Unicode" CSV is
 * UTF-16 with a byte order mark, and older Outlook and Windows tools write Windows-1252. A BOM
 * says which UTF it is; bytes that are not UTF-8 are read as Windows-1252 (each byte is some
 * character there, so nothing is lost silently: the caller is told).
 */
export function decodeContactsFile(bytes: Uint8Array): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
