/** Windows-1252's bytes 0x80–0x9F as the WHATWG Encoding Standard maps them; the five it leaves undefined stay C1 code points. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Bytes as text in the charset a label names (`windows-1251`, `Shift_JIS`, `latin1`). Throws a
 * RangeError for a label no decoder knows, and, when `fatal`, a TypeError for bytes not in the
 * charset. Node from 20.18.3 reads windows-1252 (and latin1, iso-8859-1, ascii, which name it) as
 * Latin-1 (nodejs/node#60888): 0x92 comes out a control character, not ’. Those 32 bytes are
 * mapped here, as browsers and Obsidian map them.
 */
export function decodeBytes(bytes: Uint8Array, label: string, fatal = false): string {
  return bytesDecoder(label, fatal)(bytes);
}

/** decodeBytes for one charset, made once for many decodings (a decoder is slow to make). */
export function bytesDecoder(label: string, fatal = false): (bytes: Uint8Array) => string {
  const decoder = new TextDecoder(label, { fatal });
  if (decoder.encoding !== "windows-1252") return (bytes) => decoder.decode(bytes);
  return (bytes) => decoder.decode(bytes).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * The label of a charset a file names (`CHARSET=Windows-1251`, quotes and spaces aside), or
 * null for one no decoder knows or that is not ASCII-based: the names that mean UTF-16
 * (`UNICODE`, `UCS-2`, `csUnicode`...) would read ASCII text as CJK characters.
 */
export function charsetLabel(name: string | undefined): string | null {
  const label = name?.replace(/"/g, "").trim() ?? "";
  if (label === "") return null;
  try {
    return new TextDecoder(label).encoding.startsWith("utf-16") ? null : label;
  } catch {
    return null;
  }
}

/**
 * Bytes read one to one, to be decoded once their charset is known: ASCII as ASCII, 0x80–0xFF
 * as U+F780–U+F7FF (as the Encoding Standard's `x-user-defined`, which Node's TextDecoder lacks),
 * so they are not taken for letters a decoding already gave.
 */
export function rawText(bytes: Uint8Array): string {
  // Most lines are ASCII, which any ASCII-based decoder reads as it is, natively.
  if (!bytes.some((b) => b >= 0x80)) return new TextDecoder().decode(bytes);
  const codes = new Uint16Array(bytes.length);
  bytes.forEach((b, i) => {
    codes[i] = b < 0x80 ? b : 0xf700 + b;
  });
  const chunks: string[] = [];
  // In chunks: a call's arguments are limited, and a photo's line may be megabytes.
  for (let i = 0; i < codes.length; i += 0x2000) chunks.push(String.fromCharCode(...codes.subarray(i, i + 0x2000)));
  return chunks.join("");
}

/** The byte a character of rawText (or of ASCII) was. */
export function byteOf(char: string): number {
  return char.charCodeAt(0) & 0xff;
}
