import { cleanName, nameKey } from "../../person/names";
import { isNotName, matchingAttendees, NAMES, splitNames } from "./people";

/**
 * People the prose names, as tools write recaps now: who took part ("Priya Raman and Teodor
 * Vasilescu reviewed …") and who was only talked about ("we should loop in Hana Sato"). A new
 * person must be introduced with a full name; a first name counts only when it is sure whom it
 * means among the names already known (the text's lists, the vault's people).
 */
export interface ProsePeople {
  /** Full names of people the text says did something in the meeting. */
  actors: string[];
  /** Full names of people the meeting talked about. */
  talkedOf: string[];
}

/** What someone does in a meeting, as recaps say it (past tense: said in the meeting, not planned). */
const ACTED =
  "(?:reviewed|discussed|presented|reported|said|noted|asked|agreed|proposed|explained|confirmed|raised|shared|led|opened|" +
  "joined|kicked off|demoed|demonstrated|suggested|mentioned|highlighted|emphasi[sz]ed|outlined|described|expressed|offered|" +
  "argued|requested|recommended|summari[sz]ed|went through|walked (?:us )?through|gave|provided|updated|clarified|" +
  "questioned|pointed out|talked|welcomed|introduced|committed|volunteered|decided|approved|chose|scoped|hosted|covered|" +
  "showed|answered|responded|added|stressed|flagged|walked)";
/**
 * The verb is found first and the names read backwards from it, in a short window: a name list
 * followed by no verb would otherwise be re-tried from every capital in it (quadratic).
 */
const ACTED_VERB = new RegExp(`\\s+(?:also\\s+|then\\s+|briefly\\s+)?${ACTED}\\b`, "gu");
const NAMES_BEFORE = new RegExp(`(${NAMES})$`, "u");
const ACTOR_WINDOW = 160;

/** A phrase that brings someone up without them being there; first letter in either case. */
const TALK_OF = [
  "loop in", "looped in", "looping in", "bring in", "bringing in", "check with", "reach out to", "follow up with",
  "introduce us to", "talk to", "speak to", "involve", "invite", "contact", "ping", "escalate to", "on behalf of", "cc",
].map((phrase) => `[${phrase[0]?.toUpperCase() ?? ""}${phrase[0] ?? ""}]${phrase.slice(1).replace(/ /g, "\\s+")}`);
const TALKED_OF = new RegExp(`\\b(?:${TALK_OF.join("|")})\\s+(${NAMES})`, "gu");

/** The last word of a company's or a team's name ("Bluefin Labs", "Northwind Legal"), never a person's. */
const ORGANISATION =
  /^(?:labs?|inc|ltd|llc|gmbh|ag|plc|corp|corporation|company|group|team|teams|analytics|logistics|systems|solutions|technologies|partners|capital|consulting|foods|freight|health|software|security|legal|finance|support|engineering|marketing|sales|operations|ops|it|hr|department|board|council|university|bank|agency|studio|media|ventures|holdings|industries|services|cloud|data|platform)$/i;

/** Runs of capitalised words, where a known person's full name may be. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)+/gu;

export interface ProseContext {
  /** Names the text or the vault already gives in full: a first name means one of them. */
  names: readonly string[];
  /** The vault's people (full names), when the caller knows them. */
  knownPeople: readonly string[];
  warnings: string[];
}

export function prosePeople(prose: readonly string[], aside: readonly string[], ctx: ProseContext): ProsePeople {
  const actors = prose.flatMap(actorLists).flatMap((list) => fullNames(list, ctx));
  const all = [...prose, ...aside];
  const named = all.flatMap((p) => [...p.matchAll(TALKED_OF)]).flatMap((m) => fullNames(m[1] ?? "", ctx));
  return { actors: dedupe(actors), talkedOf: dedupe([...named, ...knownIn(all.join("\n"), ctx.knownPeople)]) };
}

/** The name lists right before a meeting verb ("Priya Raman and Teodor" in "… Priya Raman and Teodor reviewed"). */
function actorLists(text: string): string[] {
  return [...text.matchAll(ACTED_VERB)].flatMap((m) => NAMES_BEFORE.exec(text.slice(Math.max(0, m.index - ACTOR_WINDOW), m.index))?.[1] ?? []);
}

/**
 * The full names a written list means: "Priya Raman and Teodor" → Priya Raman, and Teodor's
 * full name when exactly one known name has that first name (else a warning, or nothing).
 */
function fullNames(list: string, ctx: ProseContext): string[] {
  // A name runs on over a sentence's end ("… in April. Sam Reyes"): the name is after it.
  const lastSentence = list.replace(/(\p{Ll}{2}[.!?])\s+/gu, "$1\n").split("\n").pop() ?? "";
  return splitNames(lastSentence).flatMap((written) => {
    const words = written.replace(/['’]s$/, "").split(/\s+/);
    // "Yesterday Priya Raman", "The Priya": words that start a sentence are not the name.
    while (words.length > 0 && isNotName(words[0] ?? "")) words.shift();
    const name = cleanName(words.join(" "));
    if (ORGANISATION.test(words[words.length - 1] ?? "")) return [];
    if (words.length >= 2) return [name];
    if (words.length === 0) return [];
    // The text's own names first: a vault person with the same first name is not meant then.
    const inText = dedupe(matchingAttendees(name, ctx.names));
    const matches = inText.length > 0 ? inText : dedupe(matchingAttendees(name, ctx.knownPeople));
    if (matches.length > 1) ctx.warnings.push(`"${name}" could be ${matches.join(" or ")}: check who it is.`);
    if (matches.length === 1 && inText.length === 0) ctx.warnings.push(`"${name}" read as ${matches[0] ?? ""} (one of your people): check it.`);
    return matches.length === 1 ? matches : [];
  });
}

/** Known people whose full name the text spells out. */
function knownIn(text: string, knownPeople: readonly string[]): string[] {
  if (knownPeople.length === 0) return [];
  const byKey = new Map(knownPeople.filter((p) => p.includes(" ")).map((p) => [nameKey(p), p] as const));
  const found: string[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = run[0].replace(/['’]s\b/g, "").split(/\s+/);
    for (let size = 2; size <= 4; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const person = byKey.get(nameKey(words.slice(i, i + size).join(" ")));
        if (person) found.push(person);
      }
    }
  }
  return found;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = nameKey(n);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
