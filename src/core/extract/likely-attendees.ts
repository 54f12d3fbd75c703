import { nameKey } from "../person/names";
import { distinctAttendees } from "../recap/distinct";
import { parsePastedRecap, type PasteOptions } from "../recap/paste";
import { isGenericSpeaker, readTranscript } from "../recap/transcript";

/**
 * Who likely attended, sent to the model with the text: the ones given (the form's, the calendar's, --attendee) when there are any,
 * else a transcript's named speakers, else the names a meeting tool's text gives (read with the
 * vault's people). The user is never one (recaps never update you); nothing else of the vault is sent.
 */
export function likelyAttendees(text: string, given: readonly string[], knowledge: Pick<PasteOptions, "knownPeople" | "me">): string[] {
  const mine = new Set((knowledge.me?.names ?? []).map(nameKey));
  const transcript = given.length > 0 ? null : readTranscript(text);
  const found =
    given.length > 0 ? given : transcript ? transcript.speakers.filter((s) => !isGenericSpeaker(s)) : parsePastedRecap(text, knowledge).attendees;
  return distinctAttendees(found.filter((name) => !mine.has(nameKey(name))));
}
