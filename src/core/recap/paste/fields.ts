import { readGroups, type Entry, type Group } from "./blocks";
import { isBlank } from "./markup";
import { wordCount } from "./normalize";
import type { Section } from "./sections";

/**
 * Each section's entries put in the recap field its kind names. Sub-headings in notes and
 * summaries name topics; explicit topic lists (Keywords, Topics) win over those.
 */
export interface Collected {
  /** Paragraphs and bullets of summary sections, to be joined into one paragraph. */
  summary: string[];
  facts: string[];
  decisions: string[];
  /** From a Topics or Keywords section. */
  topics: string[];
  /** From sub-headings, unnamed sections and `Topic: detail` notes (`lead`: a person may be meant). */
  inferredTopics: Array<{ text: string; lead: boolean }>;
  actions: Array<{ entry: Entry; group: string | null }>;
  /** Raw attendee lists. */
  attendees: string[];
  /** Raw `Invited` lists: the attendees only when no list says who attended. */
  invited: string[];
}

/** Teams prints `Invited:` beside `Attended:`; Gemini prints only `Invited`. */
const INVITED = /^invit/i;

/** `Cluster sizing: Dana explained…`: a note that names its topic first. */
const TOPIC_LEAD = /^([^:]{3,60}):\s+\S/;

export function collect(sections: readonly Section[]): Collected {
  const out: Collected = { summary: [], facts: [], decisions: [], topics: [], inferredTopics: [], actions: [], attendees: [], invited: [] };
  for (const section of sections) {
    const kind = section.kind;
    if (kind === "attendees") {
      const into = INVITED.test(section.heading) ? out.invited : out.attendees;
      into.push(...section.lines.filter((l) => !isBlank(l) && l.heading === 0 && !/:$/.test(l.text)).map((l) => l.cells?.[0] ?? l.raw));
      continue;
    }
    const groups = readGroups(section);
    if (kind === "decisions") out.decisions.push(...groups.flatMap(texts));
    if (kind === "actions") out.actions.push(...groups.flatMap((g) => g.entries.map((entry) => ({ entry, group: g.heading }))));
    if (kind === "topics") {
      for (const group of groups) {
        if (!group.heading) out.topics.push(...texts(group).flatMap((t) => t.split(/\s*[,;·•|]\s*/)));
        else {
          out.topics.push(group.heading);
          out.facts.push(...texts(group));
        }
      }
    }
    if (kind === "summary" || kind === "facts" || kind === "topic") {
      if (kind === "topic") out.inferredTopics.push({ text: section.heading, lead: false });
      for (const group of groups) {
        if (group.heading) out.inferredTopics.push({ text: group.heading, lead: false });
        // A summary with sub-headings is per-topic notes (Zoom's "Summary"); its untitled part is still the summary.
        (kind === "summary" && !group.heading ? out.summary : out.facts).push(...texts(group));
        if (kind !== "summary") out.inferredTopics.push(...texts(group).flatMap(topicLead));
      }
    }
  }
  return out;
}

function texts(group: Group): string[] {
  return group.entries.map((e) => e.text).filter(Boolean);
}

/** Labels that start a note without naming its topic. */
const NOT_TOPICS = /^(?:note|notes|update|risk|risks|question|fyi|action|decision|next steps?|to-?do|blocker|issue|idea|context|background|status|owner|due)$/i;

function topicLead(fact: string): Array<{ text: string; lead: boolean }> {
  const label = TOPIC_LEAD.exec(fact)?.[1]?.trim() ?? "";
  return label && wordCount(label) <= 6 && !/\d/.test(label) && !NOT_TOPICS.test(label) ? [{ text: label, lead: true }] : [];
}
