import { BLANK, isBlank, nextContent, type Line } from "./markup";
import { headingKind } from "./sections";

/**
 * An appended transcript is not a recap: it goes, from a "Transcript" heading or the first
 * speaker turn (`00:01:23 Dana: …`, `Speaker 1 (00:00)`, `Dana Okafor  0:04`, WebVTT cues) up
 * to the next heading that opens a recap section.
 */
const SPEAKER = "(?:[Ss]peaker\\s*\\d+|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})";
const STAMP = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
/** A speaker line whose words follow on the next lines. */
const SPEAKER_LINE = new RegExp(`^${SPEAKER}\\s*(?:[|·•-]\\s*)?[([]?${STAMP}[)\\]]?\\s*:?$`, "u");
/** A stamped turn on one line: `00:01:23 Dana: …`, `[00:02] Dana (mic): …`. */
const STAMPED_TURN = new RegExp(`^[([]?${STAMP}[)\\]]?\\s*(?:[-–|]\\s*)?[^:]{1,60}:\\s*\\S`, "u");
/** A stamp before the speaker, the words on the next lines: `0:00 - Dana Okafor (Northwind)`. */
const STAMP_SPEAKER = new RegExp(`^@?${STAMP}\\s+[-–]\\s+\\S.{0,60}$`, "u");
const STAMP_ONLY = new RegExp(`^[([]?${STAMP}[)\\]]?$`);
const CUE = /-->|^WEBVTT\b|^<v\s/;

export function dropTranscript(lines: readonly Line[]): Line[] {
  let inside = false;
  return lines.map((line, i) => {
    if (isBlank(line)) return line;
    const kind = headingKind(line);
    if (kind === "transcript") {
      inside = true;
      return BLANK;
    }
    if (inside && (line.heading > 0 || (kind !== null && kind !== "ignore"))) inside = false;
    if (!inside && startsTurns(lines, i)) inside = true;
    return inside ? BLANK : line;
  });
}

function startsTurns(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.item) return false;
  const raw = line.raw.replace(/\*\*|__/g, "").trim();
  if (CUE.test(raw) || STAMP_ONLY.test(raw) || STAMPED_TURN.test(raw) || STAMP_SPEAKER.test(raw)) return true;
  if (!SPEAKER_LINE.test(raw)) return false;
  // A topic heading with a timestamp looks the same; a turn is followed by plain speech.
  const next = nextContent(lines, i);
  return next !== undefined && !next.item && next.heading === 0 && !next.bold && !SPEAKER_LINE.test(next.raw.trim());
}
