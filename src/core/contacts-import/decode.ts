/** How a contacts file's bytes were read: a UTF, Windows-1252, or (a vCard) each property in the charset it names. */
export type ContactsFileEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "vcard-charsets";

/**
 * A contacts file's bytes as text. Exporters do not all write UTF-8: Outlook's "Unicode" CSV is
 * UTF-16 with a byte order mark, and older Outlook and Windows tools write Windows-1252. A BOM
 * says which UTF it is; bytes that are not UTF-8 are read as Windows-1252 (each byte is some
 * character there, so nothing is lost silently: the caller is told). A vCard that is not UTF-8
 * (Outlook's 2.1 in a Russian or Japanese Windows) names its charset property by property
 * (`N;CHARSET=Windows-1251:`): each is read in its own, Windows-1252 where none is named.
 */
export function decodeContactsFile(bytes: Uint8Array): { text: string; encoding: ContactsFileEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // A UTF-8 byte order mark before bytes that are not all UTF-8 goes: in Windows-1252 it would read `ï»¿BEGIN:VCARD`.
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const text = new TextDecoder("windows-1252").decode(body);
    if (!/^\s*BEGIN:VCARD/i.test(text) || !/^[^:\r\n]*;CHARSET=/im.test(text)) return { text, encoding: "windows-1252" };
    return { text: decodeVCardLines(body), encoding: "vcard-charsets" };
  }
}

/** A property line's charset (`CHARSET=` among its parameters), before its value's colon. */
const CHARSET = /^[^:]*?;CHARSET=([^;:]+)[^:]*:/i;

/**
 * Each line read in the charset its property names; a folded line (starting with a space or tab)
 * in its property's. A line that is not in the charset it names (a wrong name) is read as
 * Windows-1252, as a line that names none. Lines are split at LF, which no ASCII-based charset
 * uses inside a character.
 */
function decodeVCardLines(bytes: Uint8Array): string {
  const fallback = new TextDecoder("windows-1252");
  const lines: string[] = [];
  let decoder: TextDecoder | null = null;
  for (let start = 0; start <= bytes.length; ) {
    const lf = bytes.indexOf(0x0a, start);
    const end = lf === -1 ? bytes.length : lf + 1;
    const line = bytes.subarray(start, end);
    const head = fallback.decode(line);
    if (!/^[ \t]/.test(head)) decoder = decoderFor(CHARSET.exec(head)?.[1]);
    lines.push(decoder ? decodedOr(line, decoder, head) : head);
    start = end;
    if (lf === -1) break;
  }
  return lines.join("");
}

function decodedOr(line: Uint8Array, decoder: TextDecoder, fallback: string): string {
  try {
    return decoder.decode(line);
  } catch {
    return fallback;
  }
}

/**
 * A strict decoder for a charset a card names, or null for one unknown or not ASCII-based: the
 * names that mean UTF-16 (`UNICODE`, `UCS-2`, `csUnicode`...) would read the line's names wrong.
 */
function decoderFor(charset: string | undefined): TextDecoder | null {
  if (!charset) return null;
  try {
    const decoder = new TextDecoder(charset.replace(/"/g, "").trim(), { fatal: true });
    return decoder.encoding.startsWith("utf-16") ? null : decoder;
  } catch {
    return null;
  }
}
