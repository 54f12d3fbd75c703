import { metaOf } from "./labels";
import { BLANK, isBlank, nextContent, type Line } from "./markup";
import { hasUrl, wordCount } from "./normalize";
import { headingKind } from "./sections";

/**
 * What a tool or mail client prints around a recap: disclaimers and recording links, an email's
 * greeting and signature, an appended transcript. All of it goes, as blank lines.
 */
export function dropChrome(lines: readonly Line[]): Line[] {
  return dropEmailChrome(dropTranscript(lines.map(withoutBoilerplate)));
}

/** The tools' own phrases, matched whole so a person's sentence is never taken for one. */
const BOILERPLATE: readonly RegExp[] = [
  /\bAI[- ]generated content\b/i,
  /^[\w.]+(?: [\w.]+)? can make mistakes\b/i,
  /^(?:view|see|open) (?:the )?full (?:recap|summary|notes|meeting notes)$/i,
  /^you(?:['’]re| are) receiving this\b/i,
  /^(?:manage|update) (?:your )?(?:email |notification )?(?:preferences|settings)$/i,
  /^privacy (?:statement|policy)$/i,
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

function withoutBoilerplate(line: Line): Line {
  if (line.cells) return line;
  if (BOILERPLATE.some((re) => re.test(line.text))) return BLANK;
  const bareUrl = hasUrl(line.raw.replace(/\[[^\]]*\]\([^)]*\)/g, ""));
  if (bareUrl && RECORDING.test(line.text) && wordCount(line.text) <= 10) return BLANK;
  if (hasUrl(line.raw) && RECORDING_LINK.test(line.text)) return BLANK;
  return line;
}

/**
 * A follow-up email: its greeting is not part of the recap, and everything from the sign-off
 * on (name, title, phone, quoted thread) is signature. Only text that reads as an email (mail
 * headers or a greeting) is cut, so a recap's own "Thanks" line stays elsewhere.
 */
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|morning|afternoon)\b[^.!?]{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(?:best|best regards|kind regards|warm regards|warmest regards|regards|warmly|many thanks|thanks|thank you|thanks again|thanks so much|thanks all|thanks everyone|thanks team|cheers|talk soon|speak soon|sincerely|all the best|take care|br|kr)[,.!]*$/i;
const THREAD = /^(?:on\s.{4,160}\swrote:|-{2,}\s*(?:original|forwarded) message\s*-*|--)$/i;

function dropEmailChrome(lines: readonly Line[]): Line[] {
  const content = lines.filter((l) => !isBlank(l)).slice(0, 15);
  const headers = content.some((l) => ["title", "sender", "people", "copied"].includes(metaOf(l.text)?.meta ?? "") && /^(?:subject|from|to|cc)\b/i.test(l.text));
  const greeted = content.slice(0, 8).some((l) => !l.item && GREETING.test(l.text));
  if (!headers && !greeted) return [...lines];
  let seen = 0;
  let body = false;
  let ended = false;
  return lines.map((line) => {
    if (ended || isBlank(line)) return ended ? BLANK : line;
    seen++;
    if (seen <= 8 && !line.item && GREETING.test(line.text)) return BLANK;
    if (body && !line.item && (SIGN_OFF.test(line.text) || THREAD.test(line.text))) {
      ended = true;
      return BLANK;
    }
    if (!metaOf(line.text)) body = true;
    return line;
  });
}

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

function dropTranscript(lines: readonly Line[]): Line[] {
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
