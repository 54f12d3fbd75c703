import { bytesDecoder, charsetLabel, decodeBytes, rawText } from "../text/charsets";

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
    const text = decodeBytes(body, "windows-1252");
    if (!/^\s*BEGIN:VCARD/i.test(text) || !/^[^:\r\n]*;CHARSET=/im.test(text)) return { text, encoding: "windows-1252" };
    return { text: decodeVCardLines(body), encoding: "vcard-charsets" };
  }
}

/** A property line's charset (`CHARSET=` among its parameters), before its value's colon. */
const CHARSET = /^[^:]*?;CHARSET=([^;:]+)[^:]*:/i;

/** A property line whose value is quoted-printable. */
const QUOTED_PRINTABLE = /^[^:]*?;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;

/**
 * Each property read in the charset it names, Windows-1252 where it names none. A property is
 * its line and the lines that continue it: folded ones (starting with a space or tab) and, after
 * a quoted-printable soft break (`=` at a line's end), any. A quoted-printable value is read byte
 * for byte (rawText): its `=XX` and raw bytes are decoded together when the card is read
 * (vcard-21.ts). A property not in the charset it names is read again with its folds taken out,
 * for a writer that folded inside a character; failing that, as Windows-1252. Lines are split
 * at LF, which no ASCII-based charset uses inside a character.
 */
function decodeVCardLines(bytes: Uint8Array): string {
  const decoders = new Map<string, ((bytes: Uint8Array) => string) | null>();
  /** A strict decoder for a charset a property names, made once per name; null for a name of no use (charsetLabel). */
  const decoderFor = (name: string): ((bytes: Uint8Array) => string) | null => {
    if (!decoders.has(name)) {
      const label = charsetLabel(name);
      decoders.set(name, label === null ? null : bytesDecoder(label, true));
    }
    return decoders.get(name) ?? null;
  };
  const windows1252 = bytesDecoder("windows-1252");
  return propertiesOf(bytes)
    .map((lines) => {
      const head = headOf(lines[0] ?? new Uint8Array());
      if (QUOTED_PRINTABLE.test(head)) return lines.map(rawText).join("");
      const charset = CHARSET.exec(head)?.[1];
      return decodedProperty(lines, charset === undefined ? null : decoderFor(charset), windows1252);
    })
    .join("");
}

/** The bytes' lines (each with its line break), grouped by property: its first line, then the lines that continue it. */
function propertiesOf(bytes: Uint8Array): Uint8Array[][] {
  const properties: Uint8Array[][] = [];
  let quoted = false;
  let softBreak = false;
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(0x0a, start);
    const line = bytes.subarray(start, lf === -1 ? bytes.length : lf + 1);
    const last = properties.at(-1);
    if (last && (softBreak || line[0] === 0x20 || line[0] === 0x09)) last.push(line);
    else {
      properties.push([line]);
      quoted = QUOTED_PRINTABLE.test(headOf(line));
    }
    const body = withoutBreak(line);
    softBreak = quoted && body[body.length - 1] === 0x3d; // `=`
    start += line.length;
  }
  return properties;
}

/** A property line's name and parameters, up to its value's colon (all of it when it has none), as ASCII. */
function headOf(line: Uint8Array): string {
  const colon = line.indexOf(0x3a);
  return rawText(colon === -1 ? line : line.subarray(0, colon + 1));
}

/** A line without its line break. */
function withoutBreak(line: Uint8Array): Uint8Array {
  let end = line.length;
  while (end > 0 && (line[end - 1] === 0x0a || line[end - 1] === 0x0d)) end--;
  return line.subarray(0, end);
}

/** A property's lines decoded as one, strictly in its charset; else with its folds taken out; else as Windows-1252. */
function decodedProperty(lines: Uint8Array[], decode: ((bytes: Uint8Array) => string) | null, windows1252: (bytes: Uint8Array) => string): string {
  const whole = lines.length === 1 ? (lines[0] ?? new Uint8Array()) : joined(lines);
  if (decode === null) return windows1252(whole);
  try {
    return decode(whole);
  } catch {
    try {
      return decode(unfolded(lines));
    } catch {
      return windows1252(whole);
    }
  }
}

/** A property's lines as one: each line break before a fold taken out, with the fold's space or tab. */
function unfolded(lines: Uint8Array[]): Uint8Array {
  return joined(lines.map((line, i) => {
    const body = i === 0 ? line : line.subarray(1);
    return i === lines.length - 1 ? body : withoutBreak(body);
  }));
}

/** Byte arrays one after another. */
function joined(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
