import { capitalize } from "./normalize";

/**
 * Decisions as tools write them now: not under a "Decisions" heading but as sentences in the
 * notes and the summary ("The group decided that …", "agreed to …", "… will be the only source
 * …", "Going forward, …"). A note's decision sentences move to the decisions; a summary keeps its
 * sentences whole and its decisions are copied out.
 */
const DECIDED: readonly RegExp[] = [
  /\b(?:decided|agreed (?:to|that|on|upon)|resolved to|settled on|signed off on)\b/i,
  /\bwill be the (?:only|single|sole|one)\b/i,
  /^(?:going|moving) forward\b/i,
  /^from now on\b/i,
];
/** A note's topic label before the sentence: "Invoicing: The group decided …". */
const LABEL = /^(?![^:]*\b(?:decided|agreed)\b)[^:]{2,40}:\s+(?=\p{Lu})/u;
/** "The group decided that X" says X. */
const LEAD_IN = /^(?:[\p{L}'’, ]{1,60}?\s)?(?:decided|agreed)\s+that\s+(\S.*)$/iu;
const SENTENCE_END = /([.!?])\s+(?=[\p{Lu}"“])/gu;

function sentences(text: string): string[] {
  return text.replace(SENTENCE_END, "$1\n").split("\n");
}

export function isDecision(sentence: string): boolean {
  return DECIDED.some((re) => re.test(sentence));
}

/** The decision a sentence states, without its label and lead-in. */
export function decisionOf(sentence: string): string {
  const bare = sentence.replace(LABEL, "");
  const said = LEAD_IN.exec(bare)?.[1];
  return said ? capitalize(said) : bare;
}

/** Notes with their decision sentences taken out, and those decisions. */
export function takeDecisions(notes: readonly string[]): { facts: string[]; decisions: string[] } {
  const facts: string[] = [];
  const decisions: string[] = [];
  for (const note of notes) {
    const said = sentences(note);
    const decided = said.filter(isDecision);
    if (decided.length === 0) {
      facts.push(note);
      continue;
    }
    decisions.push(...decided.map(decisionOf));
    const rest = said.filter((s) => !isDecision(s)).join(" ");
    if (rest) facts.push(rest);
  }
  return { facts, decisions };
}

/** The decisions a summary's sentences state. */
export function decisionsIn(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap(sentences).filter(isDecision).map(decisionOf);
}
