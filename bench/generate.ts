/**
 * A seeded, reproducible synthetic vault in the real layout (docs: shared/person-note-format.md):
 * people with tens of facts and dozens of Recent Context lines, meeting notes with attendees and
 * `@Handle` tasks with due dates, project notes linking people. The same seed and sizes give the
 * same bytes on every machine: only the PRNG below decides anything.
 */
import { cutOnWord, defaultHandle, meetingFileName } from "../src/core";

/** mulberry32: small, fast, and the same sequence everywhere. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

const FIRST = [
  "Dana", "Sam", "Priya", "Lee", "Morgan", "Ana", "Kai", "Zoë", "José", "Björn", "Siobhán", "Ngozi", "Hiroshi", "Mei", "Amir",
  "Fatima", "Lars", "Ingrid", "Mateo", "Lucía", "Chen", "Aisha", "Omar", "Elena", "Tomasz", "Agnieszka", "Raj", "Sunita", "Yuki",
  "Kenji", "Olga", "Dmitri", "Noor", "Hassan", "Chloé", "Émile", "Sofia", "Luca", "Giulia", "Marco", "Nia", "Kwame", "Ama", "Tariq",
  "Leila", "Jonas", "Freya", "Mikael", "Astrid", "Pedro", "Beatriz", "Camila", "Diego", "Valentina", "Andrés", "Hana", "Jae", "Min",
  "Soo", "Arjun", "Kavya", "Rohan", "Meera", "Ivan", "Nadia", "Felix", "Greta", "Hugo", "Alice", "Oscar", "Maya", "Liam", "Emma",
  "Noah", "Olivia", "Ethan", "Ava", "Lucas", "Mia", "Mason", "Isla", "Leo", "Ruby", "Theo", "Ivy", "Finn", "Nora", "Ezra", "Ada",
  "Miles", "Iris", "Jude", "Vera", "Otto", "Lena", "Axel", "Elsa", "Bruno", "Clara",
];
const LAST = [
  "Okafor", "Reyes", "Raman", "Chen", "Blake", "Lima", "Brandt", "Ñandú", "García", "Andersson", "Ní Bhriain", "Adeyemi", "Tanaka",
  "Wang", "Haddad", "Rahman", "Nilsson", "Johansen", "Fernández", "Martín", "Liu", "Bello", "Farouk", "Popescu", "Kowalski",
  "Wiśniewska", "Patel", "Sharma", "Sato", "Watanabe", "Ivanova", "Petrov", "Al-Amin", "Karimi", "Dubois", "Lefèvre", "Rossi",
  "Bianchi", "Romano", "Colombo", "Mensah", "Boateng", "Owusu", "Aziz", "Nasser", "Schmidt", "Müller", "Virtanen", "Lindqvist",
  "Souza", "Oliveira", "Costa", "Herrera", "Vargas", "Castillo", "Kim", "Park", "Choi", "Iyer", "Nair", "Gupta", "Desai", "Novak",
  "Horváth", "Weber", "Fischer", "Moreau", "Laurent", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts",
  "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Clarke", "Turner", "Hill", "Moore", "Ward", "King", "Baker", "Scott",
  "Price", "Bennett", "Gray", "Cooper", "Reed", "Bell", "Murphy", "Kelly", "Byrne", "Walsh", "Ryan", "O'Brien", "Doyle", "Lynch",
];
const COMPANIES = [
  "Northwind Foods", "Acme Robotics", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Capital", "Hooli",
  "Vandelay Imports", "Soylent Labs", "Tyrell Systems", "Cyberdyne", "Aperture Science", "Black Mesa Energy", "Wonka Confections",
  "Gringotts Bank", "Oceanic Air", "Dunder Mifflin", "Pied Piper", "Massive Dynamic", "Prestige Worldwide", "Bluth Company",
  "Monarch Solutions", "Gekko & Co", "Sterling Cooper", "Blue Sun", "Weyland Yutani", "Virtucon", "Oscorp", "Nakatomi Trading",
];
const ROLES = [
  "Head of data platform", "Staff engineer", "VP Engineering", "Product manager", "Procurement lead", "CTO", "Solutions architect",
  "Engineering manager", "Data scientist", "Security officer", "Head of infrastructure", "Finance director", "Account executive",
  "Site reliability engineer", "Chief of staff", "Design lead", "Analytics lead", "Platform engineer", "Legal counsel", "COO",
];
const DEPTS = ["Data Platform", "Infrastructure", "Finance", "Security", "Product", "Sales", "Legal", "Operations", "Research"];
const CITIES = ["Lisbon", "Berlin", "Lagos", "Tokyo", "São Paulo", "Toronto", "Dublin", "Nairobi", "Seoul", "Bengaluru", "Austin"];
const TOPICS = [
  "Lakehouse replication", "Capacity planning", "Pilot scoping", "Pricing", "Security review", "Data residency", "Hiring",
  "Roadmap", "Incident review", "Migration plan", "Cost model", "SSO rollout", "Backup strategy", "Vendor selection", "SLA terms",
  "Spark jobs", "Observability", "Quarterly planning", "Contract renewal", "Onboarding", "Disaster recovery", "API design",
];
const WORDS = (
  "the team wants a clear plan for replication across two regions before the end of the quarter and asked for sizing numbers " +
  "they run most workloads on spark with a growing share of streaming jobs budget is approved for the first year but procurement " +
  "needs three quotes security insists on customer managed keys and audit logs the pilot covers two clusters with real jobs not " +
  "synthetic benchmarks latency between the data centres is about forty milliseconds which rules out synchronous writes they " +
  "prefer an s3 compatible endpoint first and a gcs api later the main risk is the migration window in march legal reviews the " +
  "data processing agreement next week the board meets in april and wants a recommendation by then"
).split(" ");
const VERBS = ["Send", "Draft", "Review", "Schedule", "Share", "Prepare", "Confirm", "Book", "Update", "Follow up on"];
const OBJECTS = [
  "the sizing sheet", "the quote", "the security questionnaire", "the pilot plan", "the DPA redlines", "the runbook",
  "the cost model", "the design doc", "the migration checklist", "the SLA draft", "the architecture diagram", "the demo",
];

export interface VaultSpec {
  seed: number;
  people: number;
  meetings: number;
  projects: number;
}

export interface PersonSeed {
  name: string;
  path: string;
  handle: string;
  company: string;
  /** Meetings this person attended (indexes), oldest first. */
  meetings: number[];
  projects: number[];
}

interface MeetingSeed {
  date: string;
  title: string;
  path: string;
  fileName: string;
  attendees: number[];
  via: string;
  project: number;
}

export interface GeneratedFile {
  path: string;
  text: string;
  kind: "person" | "meeting" | "project";
}

const START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

function isoDay(offset: number): string {
  return new Date(START + offset * DAY).toISOString().slice(0, 10);
}

function sentence(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const at = rng.int(0, WORDS.length - n);
  const s = WORDS.slice(at, at + n).join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function prose(rng: Rng, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(`${sentence(rng, 6, 18)}.`);
  return out.join(" ");
}

/**
 * The vault's skeleton: who exists, who met whom and when. Everything else (the texts) is
 * derived from it one file at a time, so the whole vault never needs to be in memory.
 */
export class SyntheticVault {
  readonly people: PersonSeed[] = [];
  private readonly meetingSeeds: MeetingSeed[] = [];
  readonly projectNames: string[] = [];
  private readonly projectMembers: number[][] = [];

  constructor(readonly spec: VaultSpec) {
    const rng = new Rng(spec.seed);
    const pairs = FIRST.length * LAST.length;
    if (spec.people > pairs * 4) throw new Error(`at most ${pairs * 4} people`);
    // A seeded shuffle of name pairs; beyond one round a middle initial keeps names unique.
    const order = Array.from({ length: pairs }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let i = 0; i < spec.people; i++) {
      const pair = order[i % pairs] as number;
      const round = Math.floor(i / pairs);
      const first = FIRST[pair % FIRST.length] as string;
      const last = LAST[Math.floor(pair / FIRST.length)] as string;
      const name = round === 0 ? `${first} ${last}` : `${first} ${"JKQX"[round - 1]}. ${last}`;
      this.people.push({ name, path: `People/${name}.md`, handle: defaultHandle(name), company: rng.pick(COMPANIES), meetings: [], projects: [] });
    }
    for (let p = 0; p < spec.projects; p++) {
      this.projectNames.push(`${rng.pick(COMPANIES)} ${rng.pick(TOPICS)} ${p + 1}`);
      const members: number[] = [];
      const size = rng.int(3, 12);
      for (let k = 0; k < size; k++) members.push(rng.int(0, spec.people - 1));
      const unique = [...new Set(members)];
      this.projectMembers.push(unique);
      for (const m of unique) this.people[m]?.projects.push(p);
    }
    const used = new Set<string>();
    const span = 730;
    for (let i = 0; i < spec.meetings; i++) {
      const day = Math.floor((i / Math.max(1, spec.meetings)) * span);
      const date = isoDay(day);
      const project = rng.int(0, Math.max(0, spec.projects - 1));
      const team = this.projectMembers[project] ?? [];
      const attendees = new Set<number>();
      const count = rng.int(2, 8);
      while (attendees.size < Math.min(count, spec.people)) {
        attendees.add(team.length > 0 && rng.chance(0.6) ? rng.pick(team) : rng.int(0, spec.people - 1));
      }
      const company = this.people[[...attendees][0] as number]?.company ?? "Acme";
      let title = `${rng.pick(TOPICS)} with ${company}${rng.chance(0.3) ? ` about ${sentence(rng, 4, 12).toLowerCase()}` : ""}`;
      let fileName = meetingFileName(date, title);
      // A second meeting of the same name that day: a number, after a cut that leaves room for it.
      const base = cutOnWord(title, 60);
      for (let n = 2; used.has(fileName); n++) {
        title = `${base} (${n})`;
        fileName = meetingFileName(date, title);
      }
      used.add(fileName);
      const seed: MeetingSeed = {
        date,
        title,
        fileName,
        path: `Meetings/${date.slice(0, 4)}/${fileName}.md`,
        attendees: [...attendees],
        via: rng.chance(0.5) ? company : (this.projectNames[project] ?? company),
        project,
      };
      this.meetingSeeds.push(seed);
      for (const a of seed.attendees) this.people[a]?.meetings.push(i);
    }
  }

  get meetingCount(): number {
    return this.meetingSeeds.length;
  }

  /** Every file of the vault, generated one at a time (people, then projects, then meetings). */
  *files(): Generator<GeneratedFile> {
    for (let i = 0; i < this.people.length; i++) yield { path: (this.people[i] as PersonSeed).path, text: this.personNote(i), kind: "person" };
    for (let p = 0; p < this.projectNames.length; p++) yield { path: this.projectPath(p), text: this.projectNote(p), kind: "project" };
    for (let m = 0; m < this.meetingSeeds.length; m++) yield { path: (this.meetingSeeds[m] as MeetingSeed).path, text: this.meetingNote(m), kind: "meeting" };
  }

  /** Every path and kind, without generating any text. */
  *paths(): Generator<{ path: string; kind: GeneratedFile["kind"] }> {
    for (const person of this.people) yield { path: person.path, kind: "person" };
    for (let p = 0; p < this.projectNames.length; p++) yield { path: this.projectPath(p), kind: "project" };
    for (const meeting of this.meetingSeeds) yield { path: meeting.path, kind: "meeting" };
  }

  /** The text of the file at position `i` of `paths()`. */
  textAt(i: number): string {
    if (i < this.people.length) return this.personNote(i);
    const p = i - this.people.length;
    if (p < this.projectNames.length) return this.projectNote(p);
    return this.meetingNote(p - this.projectNames.length);
  }

  projectPath(p: number): string {
    return `Work/Projects/${this.projectNames[p]}.md`;
  }

  /**
   * A person note. `shape` overrides the number of facts and context lines (the bench's
   * seed-sized note); by default the person's own history decides.
   */
  personNote(i: number, shape?: { facts: number; context: number; decisions: number }): string {
    const person = this.people[i] as PersonSeed;
    const rng = new Rng(this.spec.seed * 7919 + i * 104_729 + 1);
    const { name, handle } = person;
    const history = person.meetings;
    const firstMeeting = history.length > 0 ? this.meetingSeeds[history[0] as number] : undefined;
    const lastMeeting = history.length > 0 ? this.meetingSeeds[history.at(-1) as number] : undefined;
    const created = firstMeeting?.date ?? isoDay(rng.int(0, 700));
    const facts = shape?.facts ?? rng.int(8, 32);
    const contextCount = shape?.context ?? Math.min(history.length, rng.int(12, 40));
    const decisions = shape?.decisions ?? rng.int(0, 8);
    const first = name.split(" ")[0] ?? name;
    const role = rng.pick(ROLES);
    const email = rng.chance(0.6) ? `${name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]+/g, ".")}@example.com` : "_Unknown_";
    const lines: string[] = [
      "---",
      "type: people",
      `title: ${/[:'"#]/.test(name) ? `'${name.replace(/'/g, "''")}'` : name}`,
      `created: '${created}'`,
      ...(lastMeeting ? [`last_contact: '${lastMeeting.date}'`] : []),
      ...(rng.chance(0.5) ? ["auto_created: true"] : []),
      "tags:",
      "- type/people",
      ...(rng.chance(0.2) ? ["- needs-review"] : []),
      ...(rng.chance(0.1) ? ["aliases:", `- ${first}`] : []),
      "---",
      "",
      `# ${name}`,
      "",
      "## Contact Information",
      "",
      "| Field | Value |",
      "|-------|-------|",
      `| **Role** | ${role} |`,
      `| **Company** | ${person.company} |`,
      `| **Department** | ${rng.chance(0.5) ? rng.pick(DEPTS) : "_Unknown_"} |`,
      `| **Email** | ${email} |`,
      "| **Phone** | _Unknown_ |",
      "| **LinkedIn** | _Unknown_ |",
      `| **Location** | ${rng.chance(0.5) ? rng.pick(CITIES) : "_Unknown_"} |`,
      "",
      "## Relationship",
      "",
      rng.chance(0.5) ? prose(rng, 2) : "_How do you work with this person? What is your dynamic?_",
      "",
      "## Background",
      "",
      rng.chance(0.5) ? prose(rng, 3) : "_Career history, expertise, interests, personal details shared..._",
      "",
      "",
      "## Projects",
      "",
      "_What projects are you collaborating on with this person?_",
      "",
      "```dataview",
      "LIST",
      'FROM "Work/Projects" OR "Personal/Projects"',
      "WHERE contains(file.outlinks, this.file.link)",
      "```",
      "",
      "",
      "## Open Tasks",
      "",
      "```dataview",
      "TASK",
      'FROM ""',
      `WHERE !completed AND contains(text, "${name}")`,
      "SORT due ASC",
      "```",
      "",
      "",
      "## Tasks They Own",
      "",
      "_Action items this person is responsible for:_",
      "",
      "```dataview",
      "TASK",
      `WHERE contains(text, "${handle}") AND !completed`,
      "SORT due ASC",
      "```",
      "",
      "## Key Facts",
      "",
    ];
    for (let f = 0; f < facts; f++) lines.push(`- ${sentence(rng, 5, 14)}.`);
    lines.push("", "## Topics Discussed", "", [...new Set(Array.from({ length: rng.int(2, 6) }, () => rng.pick(TOPICS)))].join(", "), "", "## Recent Context", "");
    const recent = history.slice(-contextCount).reverse();
    for (const m of recent) {
      const meeting = this.meetingSeeds[m] as MeetingSeed;
      lines.push(`- ${meeting.date}: [[${meeting.fileName}]] - ${sentence(rng, 8, 16)}... (via ${meeting.via})`);
    }
    // A shaped note may ask for more context lines than the person has meetings.
    for (let extra = recent.length; extra < contextCount; extra++) {
      lines.push(`- ${isoDay(300 - extra)}: [[${isoDay(300 - extra)} - ${rng.pick(TOPICS)} call]] - ${sentence(rng, 8, 16)}... (via ${person.company})`);
    }
    lines.push("", "## Profile", "", `**Role**: ${role}`, `**Relationship**: ${rng.pick(["Customer contact", "Partner", "Colleague", "Vendor"])}`, "", "**Background**:");
    lines.push(`- ${sentence(rng, 6, 12)}.`, "", "## Key Decisions", "");
    for (let d = 0; d < decisions; d++) lines.push(`- ✅ ${sentence(rng, 5, 12)}.`);
    lines.push("", "## Related", "");
    for (const p of person.projects.slice(0, 4)) lines.push(`- [[${this.projectNames[p]}]]`);
    lines.push("", "", "", "", "---", "*Last updated: *", "");
    return lines.join("\n");
  }

  meetingNote(m: number): string {
    const meeting = this.meetingSeeds[m] as MeetingSeed;
    const rng = new Rng(this.spec.seed * 15_485_863 + m * 2_654_435 + 7);
    const attendees = meeting.attendees.map((a) => this.people[a] as PersonSeed);
    const due = (days: number): string => new Date(Date.parse(meeting.date) + days * DAY).toISOString().slice(0, 10);
    const lines = [
      "---",
      "type: meeting",
      `date: '${meeting.date}'`,
      `title: '${meeting.title.replace(/'/g, "''")}'`,
      "attendees:",
      ...attendees.map((p) => `- "[[${p.name}]]"`),
      `via: '${meeting.via.replace(/'/g, "''")}'`,
      "tags:",
      `- meeting/${rng.pick(["customer", "internal", "partner"])}`,
      "---",
      "",
      `# ${meeting.title}`,
      "",
      "## Summary",
      "",
      prose(rng, rng.int(2, 5)),
      "",
      "## Key Facts",
      "",
    ];
    for (let f = rng.int(2, 6); f > 0; f--) {
      const who = rng.chance(0.5) ? `${rng.pick(attendees).name.split(" ")[0]}: ` : "";
      lines.push(`- ${who}${sentence(rng, 5, 14)}.`);
    }
    lines.push("", "## Decisions", "");
    for (let d = rng.int(1, 3); d > 0; d--) lines.push(`- ✅ ${sentence(rng, 4, 10)}.`);
    lines.push("", "## Topics", "", [...new Set([rng.pick(TOPICS), rng.pick(TOPICS), rng.pick(TOPICS)])].join(", "), "", "## Action Items", "");
    for (let t = rng.int(2, 6); t > 0; t--) {
      const owner = rng.pick(attendees);
      const text = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
      if (rng.chance(0.25)) lines.push(`- [x] ${text} ${owner.handle} 📅 ${due(rng.int(3, 21))} ✅ ${due(rng.int(1, 20))}`);
      else lines.push(`- [ ] ${text} ${owner.handle} 📅 ${due(rng.int(3, 21))}`);
    }
    lines.push("", "## Notes", "");
    for (let p = rng.int(2, 9); p > 0; p--) {
      const who = rng.pick(attendees);
      lines.push(`${prose(rng, rng.int(2, 4))} [[${who.name}]] raised it for [[${this.projectNames[meeting.project] ?? "Roadmap"}]].`, "");
    }
    return lines.join("\n");
  }

  projectNote(p: number): string {
    const rng = new Rng(this.spec.seed * 31 + p * 7_777 + 3);
    const members = (this.projectMembers[p] ?? []).map((i) => this.people[i] as PersonSeed);
    const lines = ["---", "type: project", `status: ${rng.pick(["active", "paused", "done"])}`, "---", "", `# ${this.projectNames[p]}`, "", "## Team", ""];
    for (const person of members) lines.push(`- [[${person.name}]]`);
    lines.push("", "## Tasks", "");
    for (const person of members) lines.push(`- [ ] ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${person.handle} 📅 ${isoDay(rng.int(600, 760))}`);
    lines.push("", "## Notes", "", prose(rng, 6), "");
    return lines.join("\n");
  }
}
