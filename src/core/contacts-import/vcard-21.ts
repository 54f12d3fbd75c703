/**
 * vCard 2.1 (Android's and old Outlook's export) as 3.0, which ical.js reads. Only what differs is
 * rewritten: quoted-printable values (soft line breaks `=` at a line's end, `=C3=A9` bytes) are
 * decoded and escaped as 3.0 text; bare parameters (`TEL;CELL;PREF:`) get their name
 * (`TYPE=CELL,PREF`); `ENCODING=BASE64` is 3.0's `ENCODING=b`; VERSION becomes 3.0.
 * Shapes from RFC 2425/2426 and the vCard 2.1 specification (versit), fixtures our own.
 */

const BARE_ENCODINGS = /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i;

/** One card's lines (unfolded as 2.1 folds: quoted-printable soft breaks), rewritten as 3.0. */
export function vcard21To30(card: string): string {
  const out: string[] = [];
  const lines = card.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    const colon = line.indexOf(":");
    if (colon === -1) {
      out.push(line);
      continue;
    }
    const head = line.slice(0, colon);
    const params = head.split(";");
    const name = params.shift() ?? "";
    const quoted = params.some((p) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(p));
    if (quoted) {
      // A soft break ends the line with `=`: the value goes on on the next line.
      while (line.endsWith("=") && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? "");
    }
    const value = line.slice(colon + 1);
    if (/^VERSION$/i.test(name)) {
      out.push("VERSION:3.0");
      continue;
    }
    const charset = params.find((p) => /^CHARSET=/i.test(p))?.slice(8) ?? "UTF-8";
    const kept = params.filter((p) => !/^(ENCODING=QUOTED-PRINTABLE|QUOTED-PRINTABLE|CHARSET=.*)$/i.test(p)).map(namedParam);
    out.push(`${[name, ...kept].join(";")}:${quoted ? escapeText(decodeQuotedPrintable(value, charset)) : value}`);
  }
  return out.join("\r\n");
}

/** `CELL` -> `TYPE=CELL`; `ENCODING=BASE64` -> `ENCODING=b`. */
function namedParam(param: string): string {
  if (/^ENCODING=BASE64$/i.test(param) || /^BASE64$/i.test(param)) return "ENCODING=b";
  if (param.includes("=")) return param;
  return BARE_ENCODINGS.test(param) ? `ENCODING=${param}` : `TYPE=${param}`;
}

/** `=XX` bytes decoded in the card's charset (UTF-8 unless it says otherwise; latin-1 when that fails). */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  const data = new Uint8Array(bytes);
  try {
    return new TextDecoder(charset, { fatal: true }).decode(data);
  } catch {
    return new TextDecoder("latin1").decode(data);
  }
}

/** Decoded text as a 3.0 value: backslashes, commas and newlines escaped; `;` still parts N and ADR. */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}
