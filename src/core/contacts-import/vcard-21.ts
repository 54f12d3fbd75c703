/**
 * vCard 2.1 (Android's and old Outlook's export) as 3.0, which ical.js reads. Only what differs is
 * rewritten: quoted-printable values (soft line breaks `=` at a line's end, `=C3=A9` bytes) are
 * decoded and escaped as 3.0 text; bare parameters (`TEL;CELL;PREF:`) get their name
 * (`TYPE=CELL,PREF`); `ENCODING=BASE64` is 3.0's `ENCODING=b`; VERSION becomes 3.0.
 * Shapes from RFC 2425/2426 and the vCard 2.1 specification (versit), fixtures our own.
 */
import { byteOf, charsetLabel, decodeBytes } from "../text/charsets";

const BARE_ENCODINGS = /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i;

/**
 * One card's lines, unfolded and rewritten as 3.0. `version`: how the card folds its lines. A
 * line starting with a space or tab goes on the line before: in 2.1 the space is the value's
 * own (folding only breaks where a space is), in 3.0 one is the fold's and goes. A
 * quoted-printable value's soft break (`=` at the end) joins the next line whatever it starts with.
 */
export function vcard21To30(card: string, version: "2.1" | "3.0" = "2.1"): string {
  // Each property's lines are kept apart until all are in (a photo folded over thousands of lines);
  // its parameters, on its first line, say whether it is quoted-printable.
  const logical: Array<{ parts: string[]; quoted: boolean }> = [];
  for (const line of card.split(/\r*\n/)) {
    const last = logical.at(-1);
    const tail = last?.parts.at(-1) ?? "";
    if (last?.quoted && tail.endsWith("=")) last.parts.splice(-1, 1, tail.slice(0, -1), line);
    else if (last && /^[ \t]/.test(line)) last.parts.push(version === "2.1" ? line : line.slice(1));
    else logical.push({ parts: [line], quoted: isQuotedPrintable(line) });
  }
  return logical.map((property) => as30(property.parts.join(""), version)).join("\r\n");
}

/** Whether a property line's value is quoted-printable (a parameter says so). */
function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(":");
  return colon !== -1 && line.slice(0, colon).split(";").some((p) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(p));
}

/** One unfolded property line as 3.0: its value decoded when quoted-printable, its bare parameters named. */
function as30(line: string, version: "2.1" | "3.0"): string {
  const colon = line.indexOf(":");
  if (colon === -1) return line;
  const params = line.slice(0, colon).split(";");
  const name = params.shift() ?? "";
  if (/^VERSION$/i.test(name)) return "VERSION:3.0";
  const value = line.slice(colon + 1);
  const quoted = isQuotedPrintable(line);
  const charset = charsetLabel(params.find((p) => /^CHARSET=/i.test(p))?.slice(8)) ?? "UTF-8";
  const kept = params.filter((p) => !/^(ENCODING=QUOTED-PRINTABLE|QUOTED-PRINTABLE|CHARSET=.*)$/i.test(p)).map(namedParam);
  return `${[name, ...kept].join(";")}:${quoted ? escapeText(decodeQuotedPrintable(value, charset), version) : value}`;
}

/** `CELL` -> `TYPE=CELL`; `ENCODING=BASE64` -> `ENCODING=b`. */
function namedParam(param: string): string {
  if (/^ENCODING=BASE64$/i.test(param) || /^BASE64$/i.test(param)) return "ENCODING=b";
  if (param.includes("=")) return param;
  return BARE_ENCODINGS.test(param) ? `ENCODING=${param}` : `TYPE=${param}`;
}

/**
 * A run of a quoted-printable value's bytes: `=XX`, and ASCII and raw 8-bit bytes as the file's
 * decoding left them (decode.ts reads a quoted-printable line byte for byte, with rawText). A
 * run is decoded whole: in Shift_JIS or Big5 a character's second byte may be a plain letter.
 */
const BYTE_RUN = /(?:=[0-9A-Fa-f]{2}|[\0-\x7f\uF780-\uF7FF])+/g;

/**
 * A quoted-printable value decoded in the card's charset (UTF-8 unless it says otherwise;
 * Windows-1252 when the bytes are not in that charset). Other characters are text already: a
 * UTF-8 file's letters left unencoded.
 */
export function decodeQuotedPrintable(value: string, charset: string): string {
  return value.replace(BYTE_RUN, (run) => decodedRun(Uint8Array.from(run.matchAll(/=([0-9A-Fa-f]{2})|[^]/g), (m) => (m[1] ? parseInt(m[1], 16) : byteOf(m[0]))), charset));
}

function decodedRun(bytes: Uint8Array, charset: string): string {
  try {
    return decodeBytes(bytes, charset, true);
  } catch {
    return decodeBytes(bytes, "windows-1252");
  }
}

/** `\`, `,` and line breaks escaped as 3.0 text; `;` still parts N and ADR. */
const ESCAPED: Record<string, string> = { "\\": "\\\\", ",": "\\,", "\n": "\\n", "\r\n": "\\n" };

/**
 * Decoded text as a 3.0 value. The writer's own `\;` and `\,` stay escapes, and in 3.0 its `\\`;
 * 2.1 has no `\\` escape (Android's 2.1 writes a backslash as it is), so there each is a backslash.
 */
function escapeText(text: string, version: "2.1" | "3.0"): string {
  const kept = version === "2.1" ? /\\[;,]|[\\,]|\r?\n/g : /\\[\\;,]|[\\,]|\r?\n/g;
  return text.replace(kept, (m) => ESCAPED[m] ?? m);
}
