import { hasUrl, wordCount } from "./normalize";
import type { Line } from "./markup";
import { BLANK } from "./markup";

/**
 * What a tool prints around a recap: disclaimers, feedback prompts, recording links. The
 * phrases are the tools' own, matched whole so a person's sentence is never taken for one.
 */
const BOILERPLATE: readonly RegExp[] = [
  /\bAI[- ]generated content\b/i,
  /\b(?:may|might|can) (?:be|contain) (?:inaccurate|incorrect|misleading|mistakes|errors)\b/i,
  /\bcheck (?:it |them )?for accuracy\b/i,
  /\brate (?:the accuracy|this summary)\b/i,
  /\bwas this (?:summary|recap)? ?helpful\b/i,
  /^(?:you should )?review gemini['’]s notes/i,
  /\bhow gemini takes notes\b/i,
  /\bfeedback about using gemini\b/i,
  /^how is the quality of these (?:specific )?notes\??$/i,
  /^this editable transcript was computer generated/i,
  /^(?:meeting )?notes by gemini$/i,
  /\bmeeting summary with ai companion\b/i,
  /^(?:this (?:summary|recap|email) (?:was|is) )?(?:generated|created|written|powered) (?:by|with|using) /i,
  /^(?:sent|shared) (?:from|via|with) (?:my |otter|fireflies|fathom|granola|zoom|microsoft)/i,
  /^(?:edit|share|copy|view|open) (?:the )?(?:summary|notes|recap|in [\w.]+)$/i,
  /\bunsubscribe\b/i,
  /\bview (?:this email )?in (?:your )?browser\b/i,
  /^(?:invite|add) .{1,40} to (?:your )?(?:workspace|team)$/i,
];
/** A line pointing at the recording or transcript with a bare URL ("Recording: https://…"). */
const RECORDING = /\b(?:recording|transcript|replay|video|watch|listen|playback)\b/i;
/** A link whose words only name the recording ("[View recording](…)"). */
const RECORDING_LINK = /^(?:view|watch|open|play|see|listen to)?\s*(?:the\s+)?(?:full\s+)?(?:meeting\s+)?(?:recording|transcript|video|replay)\b[\s\w:()-]{0,30}$/i;

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((re) => re.test(text));
}

/** The line, or a blank one when it is only tool chrome. */
export function withoutChrome(line: Line): Line {
  if (line.cells) return line;
  if (isBoilerplate(line.text)) return BLANK;
  const bareUrl = hasUrl(line.raw.replace(/\[[^\]]*\]\([^)]*\)/g, ""));
  if (bareUrl && RECORDING.test(line.text) && wordCount(line.text) <= 10) return BLANK;
  if (hasUrl(line.raw) && RECORDING_LINK.test(line.text)) return BLANK;
  return line;
}
