import { cleanName, nameKey } from "../../person/names";
import { isNameLike } from "../paste/people";

/**
 * A speaker a transcription tool could not name: "Speaker 1" (Otter, Meet), "Speaker A",
 * "Unknown speaker", "Unidentified Speaker", "Participant 3", "Guest 2" (Teams, Zoom).
 */
const GENERIC_SPEAKER = /^(?:(?:unknown|unidentified)(?:\s+speaker)?(?:\s+\d+)?|(?:speaker|participant|guest|caller|attendee|person)\s*(?:\d+|[A-Z])?)$/i;

export function isGenericSpeaker(name: string): boolean {
  return GENERIC_SPEAKER.test(cleanName(name));
}

/** A turn's speaker as the tools write one: a person's name, or a generic one for the user to name. */
export function isSpeaker(name: string): boolean {
  return isGenericSpeaker(name) || isNameLike(name);
}

/** Speakers once each (case and accents ignored), in the order they first speak. */
export function distinctSpeakers(speakers: readonly string[]): string[] {
  const seen = new Set<string>();
  return speakers.map(cleanName).filter((name) => {
    const key = nameKey(name);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
