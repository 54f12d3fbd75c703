/** Transcripts (WebVTT, SRT, Otter-style text): who spoke, as a recap's attendees. */
export { readTranscript, type Transcript, type TranscriptFormat } from "./read";
export { recapFromTranscript, dateFromFileName, titleFromFileName, type TranscriptRecapOptions } from "./recap";
export { isGenericSpeaker } from "./speakers";
