import { isSpeaker } from "./speakers";

/**
 * Who speaks a subtitle cue's text (WebVTT or SRT), or null: Teams' voice tag
 * `<v Dana Okafor>Okay.</v>` (a class may follow the tag name: `<v.loud Dana>`), else the
 * `Dana Okafor: Okay.` that Zoom's and Meet's transcripts start each cue with.
 */
export function cueSpeaker(cueText: string): string | null {
  const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(cueText)?.[1]?.trim();
  if (voice) return voice;
  const named = /^\s*([^:<>\n]{1,60}):\s/.exec(cueText)?.[1]?.trim();
  return named && isSpeaker(named) ? named : null;
}

/** A cue's timing line: `00:00:01.350 --> 00:00:04.230` (WebVTT, hours optional), `00:00:01,350 --> ...` (SRT). */
export const TIMING = /^\s*(?:\d+:)?\d\d:\d\d[.,]\d{3}\s+-->\s+(?:\d+:)?\d\d:\d\d[.,]\d{3}/;

/**
 * The text of each cue: the lines after a timing line, up to the blank line that ends the cue.
 * Cue numbers (SRT, Zoom), Teams' cue ids (`<guid>/12-0`), NOTE and STYLE blocks have no
 * timing line above them, so they are not cue text.
 */
export function cueTexts(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).flatMap((block) => {
    const lines = block.split(/\r?\n/);
    const timing = lines.findIndex((line) => TIMING.test(line));
    return timing === -1 ? [] : [lines.slice(timing + 1).join("\n")];
  });
}
