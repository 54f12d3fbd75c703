import { stripEmoji } from "./normalize";

/**
 * What a heading or label means. Tools name the same thing many ways ("Next steps", "Action
 * items", "Follow-up tasks"), so a heading is read by its words, not matched per tool.
 */
export type Kind = "summary" | "facts" | "decisions" | "actions" | "topics" | "attendees" | "transcript" | "ignore";

const SYNONYMS: Record<Kind, readonly string[]> = {
  summary: [
    "summary", "overview", "quick recap", "recap", "tldr", "gist", "executive summary", "synopsis", "abstract",
    "purpose", "high level summary", "brief",
  ],
  facts: [
    "takeaways", "highlights", "notes", "points", "details", "outline", "discussion", "discussion points",
    "bullet points", "shorthand bullet points", "insights", "learnings", "observations", "questions", "risks",
    "blockers", "concerns", "risks and blockers", "updates", "background", "context", "minutes", "what we discussed",
  ],
  actions: [
    "next steps", "action items", "actions", "follow ups", "follow up", "follow up tasks", "follow up items",
    "to dos", "to do", "to do list", "tasks", "action points", "next actions", "commitments", "assignments",
    "action plan", "owners and next steps",
  ],
  decisions: ["decisions", "decisions made", "agreed", "agreements", "agreed outcomes", "what we agreed", "outcomes", "resolutions"],
  topics: ["keywords", "summary keywords", "topics", "topics discussed", "tags", "agenda", "chapters", "themes"],
  attendees: ["attendees", "attended", "participants", "invited", "invitees", "speakers", "present", "guests", "attendance", "who attended", "in attendance"],
  transcript: ["transcript", "full transcript", "transcription"],
  ignore: [
    "attachments", "meeting records", "recording", "recordings", "links", "resources", "mentions", "analytics",
    "speaker talk time", "talk time", "sentiment", "metrics", "files", "chat", "meeting chat",
  ],
};

/** Words a tool puts before a heading's meaning: "Suggested next steps", "Key decisions". */
const FILLERS = new Set([
  "suggested", "key", "main", "meeting", "ai", "my", "our", "the", "important", "general", "recommended",
  "proposed", "detailed", "other", "additional", "agreed", "open", "quick", "short", "all", "your", "verbatim", "raw",
]);
/** Words after a heading's meaning: "Summary of the meeting". */
const TAIL = /\s(?:of|from|for)(?:\s(?:the|this|today|todays|meeting|call|session|discussion))+$/;

const squash = (text: string): string => text.replace(/\s+/g, "");
const BY_KEY = new Map<string, Kind>(
  (Object.entries(SYNONYMS) as Array<[Kind, readonly string[]]>).flatMap(([kind, names]) => names.map((name) => [squash(name), kind] as const)),
);

/** The kind a heading names (`Next Steps:`, `📋 ACTION ITEMS (3)`), or null. */
export function kindOf(label: string): Kind | null {
  const text = stripEmoji(label)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(TAIL, "");
  const words = text.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  for (let i = 0; i < words.length; i++) {
    const kind = BY_KEY.get(words.slice(i).join(""));
    if (kind) return kind;
    if (!FILLERS.has(words[i] ?? "")) return null;
  }
  return null;
}

/** Header labels (`Subject:`, `Date:`, `To:`): where a tool or mail client says what the meeting was. */
/** `copied`: an email's Cc, people told of the meeting, not at it. */
export type Meta = "title" | "date" | "people" | "copied" | "sender" | "skip";

const META: Record<string, Meta> = {
  subject: "title", meeting: "title", "meeting title": "title", "meeting name": "title", title: "title", topic: "title",
  event: "title", date: "date", "meeting date": "date", when: "date", time: "date", sent: "date", from: "sender",
  to: "people", cc: "copied", host: "people", organizer: "people", organiser: "people", location: "skip", where: "skip",
  duration: "skip", "meeting id": "skip", passcode: "skip", bcc: "skip", "time zone": "skip", timezone: "skip",
  recording: "skip", join: "skip", link: "skip", "reply to": "skip", "reply-to": "skip", length: "skip",
};

export function metaOf(text: string): { meta: Meta; value: string } | null {
  const m = /^([A-Za-z][A-Za-z -]{0,20}?)\s*:\s*(.*)$/.exec(text);
  const meta = m ? META[(m[1] ?? "").toLowerCase()] : undefined;
  return m && meta ? { meta, value: (m[2] ?? "").trim() } : null;
}
