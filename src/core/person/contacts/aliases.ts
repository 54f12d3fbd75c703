import { KithError } from "../../errors";
import { isLastContactKey } from "../status";

/**
 * Contact field names as people write them, one canonical key each. A label is compared
 * lower-cased with everything but letters and digits removed, so `E-mail`, `e_mail`,
 * `📧 Email` and `EMAIL` are all `email`, and `Job Title` is `jobtitle`.
 */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  email: ["email", "emails", "mail", "emailaddress", "emailaddresses"],
  phone: ["phone", "phones", "mobile", "cell", "cellphone", "telephone", "tel", "phonenumber", "mobilephone"],
  company: ["company", "organization", "organisation", "org", "employer"],
  role: ["role", "jobtitle", "position", "occupation"],
  department: ["department", "dept", "team"],
  birthday: ["birthday", "birthdate", "dateofbirth", "dob", "born"],
  anniversary: ["anniversary", "weddinganniversary"],
  linkedin: ["linkedin"],
  twitter: ["twitter"],
  github: ["github"],
  instagram: ["instagram"],
  mastodon: ["mastodon"],
  location: ["location", "city", "town"],
  address: ["address", "streetaddress"],
  url: ["url", "website", "homepage", "web", "site"],
  aliases: ["aliases", "alias"],
  nickname: ["nickname"],
  "first-name": ["firstname", "givenname"],
  "last-name": ["lastname", "surname", "familyname"],
  photo: ["photo", "avatar", "picture"],
};

/** Spelling (compacted) -> canonical key. */
const KEY_OF: ReadonlyMap<string, string> = new Map(Object.entries(SPELLINGS).flatMap(([key, spellings]) => spellings.map((s) => [s, key] as const)));

/** A label as compared: lower-cased, only its letters and digits. */
export function compactLabel(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The canonical key of a known contact field name, or null. */
export function knownContactKey(label: string): string | null {
  return KEY_OF.get(compactLabel(label)) ?? null;
}

/** The key a field is filed under: the canonical key when its name is known, else the name lower-cased and trimmed. */
export function contactKey(label: string): string {
  return knownContactKey(label) ?? label.trim().toLowerCase();
}

/** A field name is a label, not a text: YAML readers refuse a key of over 1,024 characters. */
const FIELD_NAME_MOST = 100;

/**
 * A contact field's name as written: single spaces, no bold markers; refused when it is empty or
 * holds what would end a table cell, an inline field or a link (`|`, `:`, brackets).
 */
export function contactFieldName(field: string): string {
  const name = field.replace(/\s+/g, " ").trim().replace(/^\*\*|\*\*$/g, "");
  if (name === "" || /[|:[\]()]/.test(name)) throw new KithError("invalid-value", `"${field}" is not a contact field name.`);
  if (name.length > FIELD_NAME_MOST) throw new KithError("invalid-value", `"${name.slice(0, 40)}…" is too long for a field name (${name.length} characters; at most ${FIELD_NAME_MOST}).`);
  return name;
}

/**
 * Properties that mean something else to Kith or Obsidian (the note's kind and name, its tags
 * and CSS classes, the dates Kith keeps), compacted; the last contact date is any key
 * isLastContactKey reads as one (`Last Contact 2` too).
 */
const OWN_PROPERTIES = new Set(["type", "category", "title", "created", "tags", "tag", "cssclasses", "cssclass", "autocreated", "keepintouch", "snoozeuntil"]);

/** A contact field's name for a field new to the note: refused when it names one of the note's own properties (`tags`, `title`, `Last Contact`). */
export function newFieldName(name: string): string {
  if (OWN_PROPERTIES.has(compactLabel(name)) || isLastContactKey(name)) {
    throw new KithError("invalid-value", `${name} is not a contact field: the note's own "${name.toLowerCase()}" property means something else to Kith and Obsidian. Edit it in the note's Properties.`);
  }
  return name;
}
