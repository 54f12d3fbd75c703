/**
 * A seeded address book as phones export it, for the contacts import row of the CLI bench
 * (issue 17): vCard 3.0 cards as iOS writes them and 4.0 as Nextcloud does, with `TYPE=`
 * parameters, `item1.` groups, notes folded at 75 octets, and an inline JPEG photo on about one
 * card in ten. The people are invented, and named from lists of their own, so none is one of the
 * bench vault's people: every card makes a new note.
 */
import { Rng } from "./generate";

const FIRST = [
  "Abena", "Bram", "Cosima", "Dagny", "Eero", "Fenna", "Gideon", "Halima", "Idris", "Jolene", "Kasimir", "Linnea", "Mads", "Nalani",
  "Orla", "Pilar", "Quentin", "Rosalind", "Sigrid", "Tobiah", "Ulla", "Vesna", "Wendell", "Xiomara", "Yannick", "Zuzana", "Anouk",
  "Bartek", "Célestine", "Desmond", "Esperanza", "Florian", "Gwendolyn", "Henrik", "Ilse", "Jovan", "Katarzyna", "Lorcan", "Marisol",
  "Nikolai", "Ottilie", "Pascal", "Rasmus", "Saoirse", "Thaddeus", "Ursula", "Viggo", "Wilhelmina", "Ximena", "Yusuf",
];
const LAST = [
  "Ashcombe", "Brightwater", "Castellanos", "Delacroix", "Eastwood", "Fairweather", "Gallagher", "Holloway", "Ingersoll", "Juniper",
  "Kavanagh", "Lockhart", "Merriweather", "Northcott", "Oyelaran", "Pemberton", "Quartermaine", "Ravensworth", "Stonebridge",
  "Thistlewood", "Underhill", "Valdivia", "Whitlock", "Yarborough", "Zelenka", "Achterberg", "Blackwood", "Coldwell", "Dunmore",
  "Elsworth", "Fitzgerald", "Greenhalgh", "Hargreaves", "Ironside", "Jablonski", "Kowalczyk", "Lindholm", "Mortensen", "Nakamura",
  "Ostrowski", "Penhaligon", "Rutherford", "Sandoval", "Trevelyan", "Uchenna", "Vasquez", "Wainwright", "Yamaguchi", "Zamora", "Abernathy",
];
const COMPANIES = ["Fjord Analytics", "Harbour Lights Ltd", "Copperfield Mills", "Quillon Press", "Saltmarsh Energy", "Tideway Freight", "Larkspur Health", "Obsidian Row"];
const TITLES = ["Lead designer", "Head of partnerships", "Staff engineer", "Procurement lead", "Operations manager", "Data analyst", "Counsel", "Founder"];
const CITIES: ReadonlyArray<[string, string, string]> = [
  ["Bristol", "BS1 4DJ", "United Kingdom"],
  ["Aarhus", "8000", "Denmark"],
  ["Porto", "4000-322", "Portugal"],
  ["Kraków", "31-042", "Poland"],
  ["Osaka", "530-0001", "Japan"],
];
const NOTE =
  "Met at the harbour festival. Likes sailing\\, jazz and very long explanations about typefaces; asked to be introduced to the data team before the spring planning round.";

/** A content line folded as RFC 6350 says: at most 75 octets a line, each continuation starting with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const width = new TextEncoder().encode(char).length;
    if (size + width > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A small JPEG-looking payload (its header, then seeded bytes), base64: about 4 KB, a phone's contact thumbnail. */
function photo(rng: Rng): string {
  const bytes = new Uint8Array(3000);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  for (let i = 10; i < bytes.length; i++) bytes[i] = Math.floor(rng.next() * 256);
  return btoa(String.fromCharCode(...bytes));
}

/** `count` cards (at most FIRST x LAST, 2,500), the same bytes for the same seed. */
export function contactsVcf(count: number, seed = 17): string {
  const rng = new Rng(seed);
  const names = FIRST.flatMap((first) => LAST.map((last) => [first, last] as const));
  // A seeded shuffle, so the file is not in alphabetical order.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [names[i], names[j]] = [names[j] as readonly [string, string], names[i] as readonly [string, string]];
  }
  const cards: string[] = [];
  for (const [first, last] of names.slice(0, count)) {
    const company = rng.pick(COMPANIES);
    const handle = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
    const domain = `${company.toLowerCase().replace(/[^a-z]/g, "")}.example`;
    const phone = `+44 7700 ${String(rng.int(100000, 999999))}`;
    const v4 = rng.chance(0.3);
    const lines = v4
      ? ["BEGIN:VCARD", "VERSION:4.0", `UID:urn:uuid:${rng.int(10000000, 99999999)}-bench`, `FN:${first} ${last}`, `N:${last};${first};;;`, `ORG:${company}`, `EMAIL;TYPE=work:${handle}@${domain}`, `TEL;TYPE=cell;VALUE=uri:tel:${phone.replace(/ /g, "-")}`]
      : [
          "BEGIN:VCARD",
          "VERSION:3.0",
          "PRODID:-//Apple Inc.//iPhone OS 17.4//EN",
          `N:${last};${first};;;`,
          `FN:${first} ${last}`,
          `ORG:${company};${rng.pick(["Design", "Operations", "Legal", "Data"])}`,
          `TITLE:${rng.pick(TITLES)}`,
          `item1.EMAIL;type=INTERNET;type=pref:${handle}@${domain}`,
          "item1.X-ABLabel:_$!<Work>!$_",
          `TEL;type=CELL;type=VOICE;type=pref:${phone}`,
        ];
    if (rng.chance(0.4)) lines.push(`EMAIL;type=INTERNET;type=HOME:${handle}@mail.example`);
    if (rng.chance(0.4)) {
      const [city, code, country] = rng.pick(CITIES);
      lines.push(`item2.ADR;type=HOME;type=pref:;;${rng.int(1, 200)} Quay Street;${city};;${code};${country}`, "item2.X-ABADR:gb");
    }
    if (rng.chance(0.5)) lines.push(`BDAY:${rng.int(1960, 2001)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
    if (rng.chance(0.3)) lines.push(`NOTE:${NOTE}`);
    if (rng.chance(0.2)) lines.push(`URL;type=pref:https://${domain}/people/${handle}`);
    if (rng.chance(0.1)) lines.push(v4 ? `PHOTO:data:image/jpeg;base64,${photo(rng)}` : `PHOTO;ENCODING=b;TYPE=JPEG:${photo(rng)}`);
    lines.push("END:VCARD");
    cards.push(lines.map(fold).join("\r\n"));
  }
  return `${cards.join("\r\n")}\r\n`;
}
