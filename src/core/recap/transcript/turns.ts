import { isSpeaker } from "./speakers";

/**
 * A plain transcript's turn headers, one regex a shape:
 * - `Dana Okafor  0:03` (Otter's .txt: the name, two spaces, [H:]MM:SS; the words on the lines below),
 * - `Speaker 1 (00:09)` and `Dana Okafor [00:01:23]` (other tools' headers),
 * - `00:01:23 Dana Okafor: Let's start.` and `[00:00:03] Dana: Hello.` (a stamp, the name, the words on one line).
 * Credit: shapes from Otter's export as described by transcript-indexer's Otter reader
 * ("<speaker> <[H:]MM:SS>", exactly two spaces); the fixtures are our own text.
 */
const STAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d\d`;
const TURN_HEADERS = [
  new RegExp(String.raw`^(\S.*?)(?: {2,}|\t+)${STAMP}\s*$`),
  new RegExp(String.raw`^(\S.*?)\s+[([]${STAMP}[)\]]\s*$`),
  new RegExp(String.raw`^\[?${STAMP}\]?\s+([^:]{1,60}):\s`),
];

/** The speaker a line starts a turn of, or null. */
export function turnSpeaker(line: string): string | null {
  for (const header of TURN_HEADERS) {
    const name = header.exec(line)?.[1]?.trim();
    if (name && isSpeaker(name)) return name;
  }
  return null;
}
