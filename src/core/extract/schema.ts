/**
 * The recap a model is asked for, as JSON Schema (structured output), written so a model can
 * follow it: every fact and decision says whose it is and quotes the words it comes from.
 */
const QUOTE = { type: "string", description: "The words of the meeting text this comes from, copied exactly (a few words to one sentence)." };

const ITEM = {
  type: "object",
  additionalProperties: false,
  required: ["text", "about", "quote"],
  properties: {
    text: { type: "string", description: "One sentence, in the meeting text's language." },
    about: { type: "string", description: 'The attendee it is about or belongs to, by full name; "shared" when it concerns all of them.' },
    quote: QUOTE,
  },
};

export const RECAP_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["title", "date", "summary", "attendees", "facts", "decisions", "topics", "actions"],
  properties: {
    title: { type: "string", description: "The meeting's title, a few words." },
    date: { type: ["string", "null"], description: "The meeting's date as YYYY-MM-DD when the text says it; else null." },
    summary: { type: "string", description: "Two or three sentences: what the meeting was about and what came of it." },
    attendees: { type: "array", items: { type: "string" }, description: "Full names of the people who took part; not people only talked about." },
    facts: { type: "array", items: ITEM, description: "Lasting facts learned about an attendee or their work (a preference, a constraint, a plan)." },
    decisions: { type: "array", items: ITEM, description: "What the meeting agreed or decided." },
    topics: { type: "array", items: { type: "string" }, description: "The subjects discussed, a few words each." },
    actions: {
      type: "array",
      description: "Follow-ups someone took on.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["text", "owner", "due", "quote"],
        properties: {
          text: { type: "string", description: "What is to be done." },
          owner: { type: ["string", "null"], description: "Who does it, by full name; null when no one was named." },
          due: { type: ["string", "null"], description: "By when, as YYYY-MM-DD, when the text says; else null." },
          quote: QUOTE,
        },
      },
    },
  },
} as const;

export const SYSTEM_PROMPT = [
  "You read the text of one meeting (a transcript, a meeting tool's summary or someone's notes) and write its recap as JSON.",
  "Use only what the text says. Do not guess names, dates or facts.",
  "Every fact, decision and action carries a quote: words copied exactly from the text, which show where it comes from.",
  'Each fact and decision says whom it is about: one attendee by full name, or "shared".',
  "People only talked about are not attendees.",
].join(" ");
