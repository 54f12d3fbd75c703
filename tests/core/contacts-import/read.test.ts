/**
 * Reading contacts files: each fixture in tests/fixtures/contacts is written in the shape one
 * exporter writes (our own invented people): iOS/iCloud vCard 3.0 (item groups with X-ABLabel,
 * folded lines, inline base64 photo, X-APPLE-OMIT-YEAR), Android vCard 2.1 (quoted-printable with
 * soft breaks, bare TYPE parameters, a BASE64 photo ending in a blank line), Nextcloud vCard 4.0
 * (Sabre's PRODID, `tel:` values, `--MMDD`, a data: photo and a photo URL, BOM, LF, one broken
 * card), Google CSV (current and older headers, ` ::: ` values, `* myContacts` labels) and
 * Outlook CSV; and the shapes real exports have in public test data (mangstadt/ez-vcard's
 * Outlook, Gmail, iPhone and Mac Address Book files, AOSP's vCard tests, sabre/vobject): iOS's
 * CR CR LF, macOS's `PHOTO;BASE64:`, Google's `https\://`, Outlook 2.1's soft breaks and
 * indented base64, Nextcloud's group cards. Shapes follow RFC 2426/6350 and that data; every
 * person is invented and no file is copied.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readContactsFile } from "../../../src/core/contacts-import/read";
import { birthdayOf, emptyCard, type ContactCard } from "../../../src/core/contacts-import/card";
import { vcard21To30 } from "../../../src/core/contacts-import/vcard-21";
import { photoExtension } from "../../../src/core/contacts-import/fields";
import { decodeContactsFile } from "../../../src/core/contacts-import/decode";
import { columnOf } from "../../../src/core/contacts-import/csv";

const fixture = (file: string): string => readFileSync(new URL(`../../fixtures/contacts/${file}`, import.meta.url), "utf8");
/** One card's text, CRLF, from its lines between VERSION and END. */
const vcard = (version: string, ...lines: string[]): string => ["BEGIN:VCARD", `VERSION:${version}`, ...lines, "END:VCARD", ""].join("\r\n");
/** A file's bytes from text (each character one byte) and byte values. */
const bytes = (...parts: Array<string | number[]>): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const card = (source: string, fields: Partial<ContactCard>): ContactCard => ({ ...emptyCard(source), ...fields });
/** Inline photos compared by type, length and first bytes. */
const short = (c: ContactCard): ContactCard => (c.photo?.kind === "inline" ? { ...c, photo: { ...c.photo, base64: `${c.photo.base64.slice(0, 12)}…${c.photo.base64.length}` } } : c);

describe("readContactsFile: every exporter's shape", () => {
  const cases: Array<{ file: string; cards: Array<[string, ContactCard]>; warnings: string[] }> = [
    {
      file: "icloud.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 3.0", {
            name: "Chidi Okonkwo",
            emails: ["chidi@harbourlights.example", "chidi.o@mail.example"],
            phones: ["+44 7700 900123"],
            company: "Harbour Lights Ltd",
            role: "Lead designer",
            birthday: "--07-19",
            addresses: ["14 Quay Street, Bristol, BS1 4DJ, United Kingdom"],
            photo: { kind: "inline", mediaType: "image/jpeg", base64: "/9j/4AAQSkZJ…216" },
            note: "Met at the harbour festival. Likes sailing, jazz and very long explanations about typefaces.",
          }),
        ],
        ["card 2 (line 21)", card("vCard 3.0", { name: "Maja Lindqvist", phones: ["+46 8 123 456 78"], birthday: "1988-02-29", urls: ["https://maja.example/portfolio", "https://www.linkedin.com/in/majalindqvist"] })],
      ],
      warnings: [],
    },
    {
      file: "android-2.1.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 2.1", {
            name: "Lucía Fernández",
            emails: ["lucia.fernandez@correo.example"],
            phones: ["+34 600 111 222", "+34 910 000 111"],
            company: "Panadería San Martín",
            birthday: "1979-11-03",
            note: "Prima de José, vive en Segovia; trae pan los domingos\nSegunda línea de la nota",
          }),
        ],
        [
          "card 2 (line 13)",
          card("vCard 2.1", {
            name: "Jonas Brandt",
            emails: ["jonas@brandt-bau.example"],
            phones: ["+49 30 1234567"],
            photo: { kind: "inline", mediaType: "image/jpeg", base64: "/9j/4AAQSkZJ…136" },
          }),
        ],
      ],
      warnings: [],
    },
    {
      file: "nextcloud-4.0.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 4.0", {
            name: "Priya Raman",
            emails: ["priya.raman@fieldnotes.example"],
            phones: ["+91-98450-12345"],
            company: "Fieldnotes Research",
            role: "Principal investigator",
            birthday: "--05-21",
            urls: ["https://fieldnotes.example/priya"],
            photo: { kind: "url", url: "https://cloud.example/remote.php/dav/photos/priya.png" },
          }),
        ],
        ["card 3 (line 20)", card("vCard 4.0", { name: "Tomasz Wójcik", emails: ["tomasz@wojcik.example"], photo: { kind: "inline", mediaType: "image/png", base64: "iVBORw0KGgoA…96" } })],
      ],
      warnings: ["card 2 (line 15): not a readable vCard (Missing parameter value in 'EMAIL;TYPE=work priya'); skipped."],
    },
    {
      file: "google.csv",
      cards: [
        [
          "row 2",
          card("Google CSV", {
            name: "Amara Nwosu",
            emails: ["amara@kitekey.example", "amara.nwosu@mail.example"],
            phones: ["+234 803 555 0101", "+234 1 555 0102"],
            company: "Kite & Key Studio",
            role: "Producer",
            birthday: "--09-14",
            addresses: ["12 Marina Road, Lagos"],
            photo: { kind: "url", url: "https://lh3.googleusercontent.example/contacts/amara" },
            note: "Loves kites.\nAsk about the Lagos trip.",
          }),
        ],
        ["row 3", card("Google CSV", { name: "Henrik Dahl", emails: ["henrik.dahl@fjord.example"], birthday: "1975-03-08" })],
      ],
      warnings: ["row 4: no name, email or company; skipped."],
    },
    {
      file: "google-old.csv",
      cards: [
        ["row 2", card("Google CSV", { name: "Rosa Delgado", emails: ["rosa@delgado.example"], phones: ["+52 55 5555 0100"], company: "Delgado y Asociados", role: "Partner", birthday: "1990-12-01" })],
      ],
      warnings: [],
    },
    {
      file: "outlook.csv",
      cards: [
        [
          "row 2",
          card("Outlook CSV", {
            name: "Grace Whitfield",
            emails: ["grace.whitfield@ledgerline.example"],
            phones: ["+1 206 555 0142", "+1 206 555 0199"],
            company: "Ledgerline Inc",
            role: "Controller",
            birthday: "1981-04-02",
            addresses: ["500 Pine St, Seattle, WA, 98101, USA"],
          }),
        ],
      ],
      // Its one birthday could be read either way: US Outlook's order is taken, and said.
      warnings: ['row 2: birthday "4/2/1981" read month first (1981-04-02): no birthday in the file shows which comes first; check it.'],
    },
    {
      // iOS 5 and 6 end every line with CR CR LF (ez-vcard's and AOSP's iPhone test files show it).
      file: "iphone-ios5.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 3.0", {
            name: "Dr. Eszter Varga",
            emails: ["eszter@danube-analytics.example"],
            phones: ["+36 30 555 0101", "+36 1 555 0199"],
            company: "Danube Analytics",
            role: "Head of modelling",
            birthday: "1984-06-06",
            addresses: ["Fő utca 12, Budapest, 1011, Hungary"],
            urls: ["http://www.danube-analytics.example"],
            photo: { kind: "inline", mediaType: "image/jpeg", base64: "/9j/4AAQSkZJ…122" },
          }),
        ],
        ["card 2 (line 21)", card("vCard 3.0", { name: "Smith Auto Repair", company: "Smith Auto Repair", urls: ["www.smithauto.example"] })],
      ],
      warnings: [],
    },
    {
      // macOS Address Book: `PHOTO;BASE64:` (2.1's bare parameter in a 3.0 card), its lines
      // indented two spaces and ended by LF alone; `\"` and `http\://` escaped.
      file: "macos-address-book.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 3.0", {
            name: "Tobenna Okafor",
            emails: ["tobenna@lagoonfreight.example"],
            phones: ["+234 803 555 0147"],
            company: "Lagoon Freight",
            role: "Operations lead",
            birthday: "1979-03-14",
            urls: ["http://www.lagoonfreight.example"],
            photo: { kind: "inline", mediaType: "image/jpeg", base64: "/9j/4AAQSkZJ…156" },
            note: 'Prefers WhatsApp to email. Calls the Lagos office "the hub", and means it.',
          }),
        ],
      ],
      warnings: [],
    },
    {
      // Google Contacts' vCard: FN before N, grouped ORG and TITLE, `https\://`, `--MMDD`, a photo URL folded, a fold mid-word.
      file: "google.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 3.0", {
            name: "Ines Carvalho",
            emails: ["ines@portoworks.example", "ines.carvalho@mail.example"],
            phones: ["+351 912 555 010", "+351 22 555 0100"],
            company: "Porto Works",
            role: "Studio manager",
            birthday: "--11-02",
            addresses: ["Rua das Flores 20, Apt 3, Porto, 4050-262, Portugal"],
            urls: ["https://portoworks.example/ines"],
            photo: { kind: "url", url: "https://lh3.googleusercontent.example/contacts/AOq4LdZ2kQ9fP0Hn7vT3rXw5yB8cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2" },
            note: 'Met at the Lisbon design week.\nAsks about "slow travel" every time. Prefers mornings.',
          }),
        ],
      ],
      warnings: [],
    },
    {
      // Outlook's "Save as vCard" (2.1): a soft break splitting `=0D=0A`, bare parameters, base64
      // on the lines below indented by four spaces or one and ended by empty lines, X-MS-* lines.
      file: "outlook-2.1.vcf",
      cards: [
        [
          "card 1 (line 1)",
          card("vCard 2.1", {
            name: "Ms. Harriet Whitfield",
            emails: ["harriet.whitfield@thames-severn.example"],
            // TEL;WORK;FAX is no phone to call: left out, and said.
            phones: ["(020) 7946 0011", "07700 900 456"],
            company: "Thames & Severn, Ltd",
            role: "Category manager",
            birthday: "1975-03-10",
            addresses: ["Floor 4, 1 Riverside Walk, London, SE1 9XX, United Kingdom"],
            urls: ["http://thames-severn.example"],
            photo: { kind: "inline", mediaType: "image/jpeg", base64: "/9j/4AAQSkZJ…76" },
            note: "Signs off every purchase over 50k.\t\nPrefers a call before a PO goes out.\nHolidays in August.",
          }),
        ],
      ],
      warnings: ["card 1 (line 1): the fax number (020) 7946 0012 is no phone to call; left out."],
    },
    {
      // Nextcloud (sabre, CRLF): group cards of 3.0 and 4.0 are no people; empty default fields are nothing.
      file: "nextcloud-groups.vcf",
      cards: [["card 2 (line 9)", card("vCard 4.0", { name: "Amelia Stone", company: "Platypus Innovations,LLC" })]],
      warnings: ["card 1 (line 1): a contact group (Friends), not a person; skipped.", "card 3 (line 21): a contact group (Book club), not a person; skipped."],
    },
  ];
  it.each(cases)("$file", ({ file, cards, warnings }) => {
    const read = readContactsFile(fixture(file));
    expect(read.cards.map((c) => [c.position, short(c.card)])).toEqual(cards);
    expect(read.warnings).toEqual(warnings);
  });

  it("Google's structured address columns are joined in reading order; a formatted one wins", () => {
    const text = [
      "First Name,Last Name,E-mail 1 - Value,Address 1 - Country,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 2 - Formatted,Address 2 - Street",
      "Ines,Moreau,ines@moreau.example,France,3 rue Verte,Lyon,69001,\"Quai 1\nNantes\",Quai 1",
      "",
    ].join("\r\n");
    expect(readContactsFile(text).cards[0]?.card.addresses).toEqual(["Quai 1, Nantes", "3 rue Verte, Lyon, 69001, France"]);
  });

  it.each(["2.1", "3.0", "4.0"])("vCard %s: a comma in FN, TITLE and NOTE stays a comma, escaped or not; an escaped ; is a ;", (version) => {
    const text = ["BEGIN:VCARD", `VERSION:${version}`, "FN:Smith\\, John\\; Jr.", "TITLE:VP\\; Sales, EMEA", "NOTE:Likes tea, not coffee\\; call Mon", "END:VCARD", ""].join("\r\n");
    const read = readContactsFile(text).cards[0]?.card;
    expect([read?.name, read?.role, read?.note]).toEqual(["Smith, John; Jr.", "VP; Sales, EMEA", "Likes tea, not coffee; call Mon"]);
  });

  it("a card cut short (no END:VCARD before the next card or the file's end) is skipped with a warning naming it", () => {
    const text = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ann One", "EMAIL:ann@one.example", "BEGIN:VCARD", "VERSION:3.0", "FN:Bob Two", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Cy Three", ""].join("\r\n");
    const read = readContactsFile(text);
    expect(read.cards.map((c) => [c.position, c.card.name])).toEqual([["card 2 (line 5)", "Bob Two"]]);
    expect(read.warnings).toEqual([
      "card 1 (line 1): no END:VCARD before the next card or the file's end (the file may be cut short); skipped.",
      "card 3 (line 9): no END:VCARD before the next card or the file's end (the file may be cut short); skipped.",
    ]);
  });

  it("a card that cannot be read is named with the start of its error, not a whole photo's line", () => {
    const photo = "A".repeat(5000);
    const read = readContactsFile(["BEGIN:VCARD", "VERSION:3.0", "FN:Ok Person", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Bad Photo", `PHOTO;X-BAD="open:${photo}`, "END:VCARD", ""].join("\r\n"));
    expect(read.cards.map((c) => c.card.name)).toEqual(["Ok Person"]);
    // ical.js's message quotes the line from the parameters on: its first 157 characters are kept.
    const error = `invalid line (no matching double quote) ";X-BAD="open:${photo}`.slice(0, 157);
    expect(read.warnings).toEqual([`card 2 (line 5): not a readable vCard (${error}…); skipped.`]);
  });

  it("an error message cut short never ends inside a character", () => {
    // ical.js's message is `Invalid parameters in '` and the line: the cut at 157 falls between an emoji's halves.
    const line = `TEL;CELL:${"x".repeat(124)}\u{1F600}${"y".repeat(20)}`;
    const read = readContactsFile(vcard("4.0", "FN:Ok Person") + vcard("4.0", "FN:Long Phone", line));
    expect(read.warnings).toEqual([`card 2 (line 5): not a readable vCard (Invalid parameters in '${line.slice(0, 133)}…); skipped.`]);
  });

  it("reads CRLF and LF, with and without a BOM, alike", () => {
    const lf = fixture("icloud.vcf").replace(/\r\n/g, "\n");
    expect(readContactsFile(`\uFEFF${lf}`).cards).toEqual(readContactsFile(fixture("icloud.vcf")).cards);
  });
});

describe("files not in UTF-8: Outlook's Unicode (UTF-16) and ANSI (Windows-1252, `;` in a European locale) exports", () => {
  const zoe = card("Outlook CSV", { name: "Zoë Günther", emails: ["zoe.guenther@beispiel.example"], phones: ["+49 89 555 0100"], company: "Müller & Söhne GmbH", role: "Einkäuferin" });
  it.each([
    ["outlook-unicode.csv", "utf-16le"],
    ["outlook-ansi-semicolon.csv", "windows-1252"],
  ])("%s is read as %s", (file, encoding) => {
    const decoded = decodeContactsFile(readFileSync(new URL(`../../fixtures/contacts/${file}`, import.meta.url)));
    expect(decoded.encoding).toBe(encoding);
    expect(readContactsFile(decoded.text).cards.map((c) => c.card)).toEqual([zoe]);
  });
  it("an Outlook vCard from a Russian Windows: each property in the charset it names (Windows-1251), the UTF-8 one in UTF-8", () => {
    const decoded = decodeContactsFile(readFileSync(new URL("../../fixtures/contacts/outlook-2.1-windows-1251.vcf", import.meta.url)));
    expect(decoded.encoding).toBe("vcard-charsets");
    expect(decoded.text).toContain('<fld prop="name" text="Мария"/>');
    expect(readContactsFile(decoded.text).cards.map((c) => c.card)).toEqual([
      card("vCard 2.1", { name: "Мария Соколова", emails: ["m.sokolova@sever-veter.example"], phones: ["+7 495 555-01-23"], company: "Северный ветер", role: "Главный бухгалтер" }),
    ]);
  });
  it("UTF-8 stays UTF-8", () => {
    expect(decodeContactsFile(new TextEncoder().encode("FN:Zoë")).encoding).toBe("utf-8");
  });
});

describe("a vCard file's charsets, named right and wrong", () => {
  it.each([
    {
      name: "8-bit letters left raw in a quoted-printable value, beside =XX bytes, both in the charset named",
      file: bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:", [0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2], ";=C8=E2=E0=ED\r\nEND:VCARD\r\n"),
      // Read byte for byte (0x80–0xFF as U+F780–U+F7FF), to be decoded with the =XX bytes in the charset named.
      text: "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:\uF7C8\uF7E2\uF7E0\uF7ED\uF7EE\uF7E2;=C8=E2=E0=ED\r\nEND:VCARD\r\n",
      names: ["Иван Иванов"],
    },
    {
      name: "raw 8-bit letters after a quoted-printable soft break: still the property's charset",
      file: bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2=\r\n", [0xc8, 0xe2, 0xe0, 0xed], ";\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2=\r\n\uF7C8\uF7E2\uF7E0\uF7ED;\r\nEND:VCARD\r\n",
      names: ["ИвановИван"],
    },
    {
      name: "quoted-printable in a 4.0 card, which has none by the standard: read as in 3.0",
      file: bytes("BEGIN:VCARD\r\nVERSION:4.0\r\nFN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:", [0xc8, 0xe2, 0xe0, 0xed], "\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:4.0\r\nFN;CHARSET=Windows-1251;ENCODING=QUOTED-PRINTABLE:\uF7C8\uF7E2\uF7E0\uF7ED\r\nEND:VCARD\r\n",
      names: ["Иван"],
    },
    {
      name: "a writer that folded inside a UTF-8 character (the file is then not UTF-8): the property read with its fold taken out",
      file: bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=utf-8:", [...new TextEncoder().encode("Νίκος Καραγι")], [0xce], "\r\n ", [0xb1], [...new TextEncoder().encode("ννόπουλος")], "\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=utf-8:Νίκος Καραγιαννόπουλος\r\nEND:VCARD\r\n",
      names: ["Νίκος Καραγιαννόπουλος"],
    },
    {
      name: "a name that means UTF-16 (UCS-2) is not used: the line is ASCII, read as such",
      file: bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UCS-2:Smith;Ann\r\nFN:Ann Smith\r\nORG;CHARSET=Windows-1251:", [0xd0, 0xee, 0xe3, 0xe0], "\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UCS-2:Smith;Ann\r\nFN:Ann Smith\r\nORG;CHARSET=Windows-1251:Рога\r\nEND:VCARD\r\n",
      names: ["Ann Smith"],
    },
    {
      name: "a line not in the charset it names (UTF-8 on Latin-1 bytes) is read as Windows-1252, not replaced by U+FFFD",
      file: bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Jos", [0xe9], ";Mar", [0xed], "a\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:José;María\r\nEND:VCARD\r\n",
      names: ["María José"],
    },
    {
      name: "a quoted charset name",
      file: bytes('BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET="windows-1251":', [0xc8, 0xe2, 0xe0, 0xed], ";\r\nEND:VCARD\r\n"),
      text: 'BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET="windows-1251":Иван;\r\nEND:VCARD\r\n',
      names: ["Иван"],
    },
    {
      name: "a UTF-8 byte order mark before a byte that is not UTF-8 goes, so the file still opens with BEGIN:VCARD",
      file: bytes([0xef, 0xbb, 0xbf], "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos", [0xe9], "\r\nEND:VCARD\r\n"),
      text: "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José\r\nEND:VCARD\r\n",
      names: ["José"],
    },
  ])("$name", ({ file, text, names }) => {
    const decoded = decodeContactsFile(file);
    expect(decoded.text).toBe(text);
    expect(readContactsFile(decoded.text).cards.map((c) => c.card.name)).toEqual(names);
  });
});

describe("quoted-printable in charsets of two-byte characters, and the writer's escapes in it", () => {
  it.each([
    ["Shift_JIS, a character's second byte a plain letter", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=Shift_JIS:=83J=83^=83J=83i", "カタカナ"],
    ["Big5, likewise", "FN;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:=A4@=A4T", "一三"],
    ["ISO-2022-JP, its escapes as bytes", "FN;CHARSET=ISO-2022-JP;ENCODING=QUOTED-PRINTABLE:=1B$B;3ED=1B(B", "山田"],
    ["a charset name that means UTF-16 on ASCII text: not used", "FN;CHARSET=UTF-16;ENCODING=QUOTED-PRINTABLE:Hi there", "Hi there"],
    ["an escaped comma in a quoted-printable name", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Garc=C3=ADa\\, Jr.", "José García, Jr."],
  ])("%s", (_name, line, name) => {
    expect(readContactsFile(vcard("2.1", line)).cards.map((c) => c.card.name)).toEqual([name]);
  });
  it("a photo folded over 20,000 lines reads in one pass (each line added once, not the whole property again)", () => {
    const base64 = "QUJD".repeat(20_000);
    const folded = base64.match(/.{1,4}/g)?.join("\r\n ") ?? "";
    const read = readContactsFile(vcard("2.1", "FN;ENCODING=QUOTED-PRINTABLE:Ann=20Lee", `PHOTO;ENCODING=BASE64;JPEG:${folded}`, "")).cards[0]?.card;
    expect(read?.photo).toEqual({ kind: "inline", mediaType: "image/jpeg", base64 });
  });
  it("an escaped semicolon stays in its part of a structured value; in 2.1 any other backslash is a backslash, doubled or not", () => {
    const before = ["ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Smith\\; Jones=0D=0ALLP;Tax", "NOTE;ENCODING=QUOTED-PRINTABLE:C:\\Users, \\\\server"].join("\r\n");
    expect(vcard21To30(before)).toBe(["ORG:Smith\\; Jones\\nLLP;Tax", "NOTE:C:\\\\Users\\, \\\\\\\\server"].join("\r\n"));
    const read = readContactsFile(vcard("2.1", "FN:Ann Lee", ...before.split("\r\n"))).cards[0]?.card;
    expect([read?.company, read?.note]).toEqual(["Smith; Jones\nLLP", "C:\\Users, \\\\server"]);
  });
  it("in a 3.0 card's quoted-printable value, the writer's doubled backslash is one", () => {
    expect(vcard21To30("NOTE;ENCODING=QUOTED-PRINTABLE:a \\\\server", "3.0")).toBe("NOTE:a \\\\server");
    expect(readContactsFile(vcard("3.0", "FN:Ann Lee", "NOTE;ENCODING=QUOTED-PRINTABLE:a \\\\server")).cards[0]?.card.note).toBe("a \\server");
  });
});

describe("Windows-1252 as Windows writes it", () => {
  it("reads 0x80–0x9F as their letters (€, ’, –), not as control characters, whatever Node's decoder does", () => {
    const file = bytes("Name,E-mail Address,Notes\r\nJo Smith,jo@x.example,", [0x80], "5 ", [0x96], " Jo", [0x92], "s pick\r\n");
    const decoded = decodeContactsFile(file);
    expect(decoded).toEqual({ text: "Name,E-mail Address,Notes\r\nJo Smith,jo@x.example,€5 – Jo’s pick\r\n", encoding: "windows-1252" });
  });
});

describe("vCard escapes: a backslash the writer meant stays", () => {
  it.each(["3.0", "4.0"])("in %s", (version) => {
    const text = vcard(version, 'FN:Kurt G\\\\"odel', 'NOTE:Backups go to "D:\\\\Backups\\\\" nightly\\, $a\\\\:b$ \\"AS IS\\" C:\\Users', "URL:https\\://x.example/a\\\\,b", "TITLE:VP\\; Sales\\\\; EMEA");
    expect(readContactsFile(text).cards[0]?.card).toEqual(
      card(`vCard ${version}`, { name: 'Kurt G\\"odel', note: 'Backups go to "D:\\Backups\\" nightly, $a\\:b$ "AS IS" C:\\Users', urls: ["https://x.example/a\\,b"], role: "VP; Sales\\; EMEA" }),
    );
  });
  it.each([
    ["a family name ending in a backslash", vcard("4.0", "N:G\\\\;Ann;;;"), "Ann G\\"],
    ["an N of one part", vcard("3.0", "N:Smith"), "Smith"],
  ])("%s", (_name, text, name) => {
    expect(readContactsFile(text).cards.map((c) => c.card.name)).toEqual([name]);
  });
  it("a card holding U+FDD0 (a noncharacter) is skipped, named", () => {
    expect(readContactsFile(vcard("3.0", "FN:Ok") + vcard("3.0", "FN:A\uFDD0B")).warnings).toEqual(["card 2 (line 5): not a readable vCard (the card holds U+FDD0, a noncharacter no contacts app writes); skipped."]);
  });
});

describe("contact groups are read from the card's properties", () => {
  it.each([
    ["4.0 KIND with a value type", vcard("4.0", "KIND;VALUE=text:group", "FN:Work\\, London"), "card 1 (line 1): a contact group (Work, London), not a person; skipped."],
    ["Apple's kind in an item group, FN with a charset", vcard("3.0", "item1.X-ADDRESSBOOKSERVER-KIND:group", "FN;CHARSET=UTF-8:Family"), "card 1 (line 1): a contact group (Family), not a person; skipped."],
  ])("%s: skipped", (_name, text, warning) => {
    expect(readContactsFile(text + vcard("4.0", "FN:Ok")).warnings).toEqual([warning]);
  });
  it("a group card ical.js cannot read is still said to be a group", () => {
    expect(readContactsFile(vcard("4.0", "KIND:group", "FN:Family", "garbage line") + vcard("4.0", "FN:Ok")).warnings).toEqual(["card 1 (line 1): a contact group, not a person; skipped."]);
  });
  it("a quoted-printable note whose soft break puts `KIND:group` at a line's start is a person", () => {
    const text = vcard("2.1", "FN:Ann Lee", "NOTE;ENCODING=QUOTED-PRINTABLE:runs the family list, marked=", "KIND:group");
    expect(readContactsFile(text).cards.map((c) => [c.card.name, c.card.note])).toEqual([["Ann Lee", "runs the family list, markedKIND:group"]]);
  });
});

describe("fax numbers are no phones to call: left out, and said", () => {
  it.each([
    ["a vCard fax, 3.0 and 4.0; one that takes calls too stays", vcard("3.0", "FN:Ann Lee", "TEL;TYPE=WORK,FAX:+44 20 1", "TEL;TYPE=FAX,VOICE:+44 20 2") + vcard("4.0", "FN:Bo Li", 'TEL;TYPE="work,fax";VALUE=uri:tel:+44-20-3'), [["Ann Lee", ["+44 20 2"]], ["Bo Li", []]], ["card 1 (line 1): the fax number +44 20 1 is no phone to call; left out.", "card 2 (line 7): the fax number +44-20-3 is no phone to call; left out."]],
    ["Google's CSV, by its Phone N - Type", "Name,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\nAnn Lee,Mobile,+44 7700 1,Work Fax,+44 20 1\n", [["Ann Lee", ["+44 7700 1"]]], ["row 2: the fax number +44 20 1 is no phone to call; left out."]],
    ["Outlook's CSV fax columns", "First Name,Last Name,Mobile Phone,Business Fax\nAnn,Lee,+44 7700 1,+44 20 1\n", [["Ann Lee", ["+44 7700 1"]]], ["row 2: the fax number +44 20 1 is no phone to call; left out."]],
  ])("%s", (_name, text, phones, warnings) => {
    const read = readContactsFile(text);
    expect(read.cards.map((c) => [c.card.name, c.card.phones])).toEqual(phones);
    expect(read.warnings).toEqual(warnings);
    expect(read.skipped).toBe(0);
  });
});

describe("CSV columns", () => {
  it.each([
    ["Phone 1 - Value", "phone"],
    ["Mobile Phone", "phone"],
    ["Business Phone 2", "phone"],
    ["Assistant's Phone", null],
    ["Company Main Phone", null],
    ["E-mail 2 Address", "email"],
    ["E-mail 1 - Value", "email"],
    ["E-mail Display Name", null],
    ["Organization 1 - Title", "role"],
    ["Title", null],
    ["Address 1 - Formatted", "address"],
    ["Labels", null],
  ])("%s -> %s", (header, column) => {
    expect(columnOf(header)).toBe(column);
  });
});

describe("a file that is not contacts: an error in words, no cards", () => {
  it.each([
    ["a note", "# Meeting\n\nNothing here.\n", /not a vCard file nor a contacts CSV/],
    ["an empty file", "", /not a vCard file nor a contacts CSV/],
    ["a CSV of something else", "date,amount\n2026-01-01,12\n", /not a vCard file nor a contacts CSV/],
    ["a vCard opened and never closed", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n", /^no card in the file could be read \(card 1 \(line 1\): no END:VCARD before the next card or the file's end/],
    ["a vCard whose every card is broken", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEMAIL;TYPE=work ana\nEND:VCARD\n", /^no card in the file could be read \(card 1 \(line 1\): not a readable vCard .*\); nothing was imported\.$/],
  ])("%s", (_name, text, message) => {
    expect(() => readContactsFile(text)).toThrow(message);
  });
});

describe("vCard 2.1 as 3.0", () => {
  it("decodes quoted-printable (soft breaks, UTF-8 bytes), names bare parameters, escapes what 3.0 escapes", () => {
    const before = ["BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ba=C3=B1os;In=C3=A9s;;;", "TEL;CELL;PREF:+34 1", "NOTE;ENCODING=QUOTED-PRINTABLE:a, b=0D=0Ac =", "d", "PHOTO;ENCODING=BASE64;JPEG:QUJD", "END:VCARD"].join("\r\n");
    const after = ["BEGIN:VCARD", "VERSION:3.0", "N:Baños;Inés;;;", "TEL;TYPE=CELL;TYPE=PREF:+34 1", "NOTE:a\\, b\\nc d", "PHOTO;ENCODING=b;TYPE=JPEG:QUJD", "END:VCARD"].join("\r\n");
    expect(vcard21To30(before)).toBe(after);
  });
  it("reads 2.1 with escapes and bare parameters as ical.js's own 2.1 tests write them (our own person)", () => {
    const text = [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "FN:Okoro\\, Ada",
      "N:Okoro;Ada;;Dr.;",
      "ADR;HOME;POSTAL:;;5 Elm Row\\nFlat 2;Leeds;;LS1 1AA;UK",
      "EMAIL;INTERNET;PREF:ada@okoro.example",
      "TITLE:Head\\, Research",
      "ORG:Okoro\\, Ltd.;Labs\\; Research",
      "END:VCARD",
      "",
    ].join("\n");
    expect(readContactsFile(text).cards[0]?.card).toEqual(
      card("vCard 2.1", { name: "Okoro, Ada", emails: ["ada@okoro.example"], role: "Head, Research", company: "Okoro, Ltd.", addresses: ["5 Elm Row, Flat 2, Leeds, LS1 1AA, UK"] }),
    );
  });

  it("reads quoted-printable in a 3.0 card too (older Android phones write it)", () => {
    const text = ["BEGIN:VCARD", "VERSION:3.0", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e Dubois", "TEL;TYPE=CELL:+33 6 12", "END:VCARD", ""].join("\r\n");
    expect(readContactsFile(text).cards[0]?.card).toEqual(card("vCard 3.0", { name: "Renée Dubois", phones: ["+33 6 12"] }));
  });

  it.each([
    {
      name: "a 2.1 fold keeps its space (2.1 folds only where a space is)",
      version: "2.1" as const,
      before: ["NOTE:Met at the", " Lisbon summit", "END:VCARD"],
      after: ["NOTE:Met at the Lisbon summit", "END:VCARD"],
    },
    {
      name: "a 3.0 fold drops one space, and its continuation's ; and : are value, not parameters",
      version: "3.0" as const,
      before: ["NOTE:Ask about sch", " edules;dates: the usual", "FN;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9e", "END:VCARD"],
      after: ["NOTE:Ask about schedules;dates: the usual", "FN:Renée", "END:VCARD"],
    },
    {
      name: "a quoted-printable soft break takes the next line as written, a space at its start included",
      version: "2.1" as const,
      before: ["NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=", " au lait", "END:VCARD"],
      after: ["NOTE:café au lait", "END:VCARD"],
    },
  ])("unfolds lines: $name", ({ version, before, after }) => {
    expect(vcard21To30(before.join("\r\n"), version)).toBe(after.join("\r\n"));
  });

  it("reads a folded 2.1 note and title as their writer meant them", () => {
    const text = ["BEGIN:VCARD", "VERSION:2.1", "FN:Ada Okoro", "TITLE:Head of", " Research", "NOTE;ENCODING=QUOTED-PRINTABLE:Prefers=20calls;=", "before noon", "END:VCARD", ""].join("\r\n");
    expect(readContactsFile(text).cards[0]?.card).toMatchObject({ name: "Ada Okoro", role: "Head of Research" });
  });

  it("reads latin-1 quoted-printable when the card says so", () => {
    const text = ["BEGIN:VCARD", "VERSION:2.1", "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9 Pe=F1a", "END:VCARD", ""].join("\r\n");
    expect(readContactsFile(text).cards[0]?.card.name).toBe("José Peña");
  });
});

describe("CSV rows as a spreadsheet numbers them", () => {
  it("a quote never closed refuses the file, naming its row: every row below it would be lost", () => {
    const text = ["Name,E-mail 1 - Value", 'Ok One,one@x.example', '"Bad ""quote,bo@x.example', "Ok Two,two@x.example", ""].join("\n");
    expect(() => readContactsFile(text)).toThrow('row 3: a quote (") opens a cell that never closes, so every row below it would be lost; close it and import again. Nothing was imported.');
  });
  it("a blank line is passed over and counted, so a warning names the row the spreadsheet shows", () => {
    const file = readContactsFile(["Name,E-mail 1 - Value,Notes", "Ana,ana@x.example,", "", ",,only a note", ""].join("\n"));
    expect(file.cards.map((c) => c.position)).toEqual(["row 2"]);
    expect(file.warnings).toEqual(["row 4: no name, email or company; skipped."]);
  });
});

describe("Outlook CSV: what is no email, and birthdays in the file's own order", () => {
  const HEADER = "First Name,Last Name,E-mail Address,E-mail Type,E-mail 2 Address,Birthday";
  const read = (...rows: string[]) => readContactsFile([HEADER, ...rows, ""].join("\r\n"));
  it("leaves out an Exchange (X.500) address, and says so", () => {
    const file = read("Ada,Okoro,/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ada,EX,ada@okoro.example,0/0/00");
    expect(file.cards.map((c) => [c.card.emails, c.card.birthday])).toEqual([[["ada@okoro.example"], null]]);
    expect(file.warnings).toEqual(['row 2: "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ada" is no email address (an Exchange address, say); left out.']);
  });
  it.each([
    { name: "day first when one birthday can only be (a British Outlook)", rows: ["Ada,Okoro,,,,25/12/1980", "Ben,Hale,,,,02/04/1981"], birthdays: ["1980-12-25", "1981-04-02"], warnings: [] },
    { name: "month first when one birthday can only be", rows: ["Ada,Okoro,,,,12/25/1980", "Ben,Hale,,,,02/04/1981"], birthdays: ["1980-12-25", "1981-02-04"], warnings: [] },
    {
      name: "month first, said, when none says which",
      rows: ["Ben,Hale,,,,02/04/1981", "Cy,Ng,,,,03/03/1990"],
      birthdays: ["1981-02-04", "1990-03-03"],
      warnings: ['row 2: birthday "02/04/1981" read month first (1981-02-04): no birthday in the file shows which comes first; check it.'],
    },
    { name: "one that is no date: left out, said", rows: ["Ben,Hale,,,,31/31/1981"], birthdays: [null], warnings: ['row 2: birthday "31/31/1981" is no date Kith reads; left out.'] },
    { name: "dot dates (a German Outlook)", rows: ["Ada,Okoro,,,,25.12.1980"], birthdays: ["1980-12-25"], warnings: [] },
    {
      name: "a dot date none decides: day first, said",
      rows: ["Ben,Hale,,,,03.04.1981"],
      birthdays: ["1981-04-03"],
      warnings: ['row 2: birthday "03.04.1981" read day first (1981-04-03): no birthday in the file shows which comes first; check it.'],
    },
  ])("$name", ({ rows, birthdays, warnings }) => {
    const file = read(...rows);
    expect(file.cards.map((c) => c.card.birthday)).toEqual(birthdays);
    expect(file.warnings).toEqual(warnings);
  });
});

describe("inline photos", () => {
  it("bytes that are no base64 are no photo; an SVG's file is .svg", () => {
    const file = readContactsFile(
      ["BEGIN:VCARD", "VERSION:3.0", "FN:Ann Bell", "PHOTO;ENCODING=b;TYPE=JPEG:!!!notbase64***", "END:VCARD", "BEGIN:VCARD", "VERSION:4.0", "FN:Cy Dunn", "PHOTO:data:image/svg+xml;base64,PHN2Zy8+", "END:VCARD", ""].join("\r\n"),
    );
    const [ann, cy] = file.cards.map((c) => c.card.photo);
    expect(ann).toBeNull();
    expect(cy).toEqual({ kind: "inline", mediaType: "image/svg+xml", base64: "PHN2Zy8+" });
    expect(cy?.kind === "inline" ? photoExtension(cy) : null).toBe("svg");
  });
});

describe("birthdays", () => {
  it.each([
    ["1990-04-02", "1990-04-02"],
    ["19900402", "1990-04-02"],
    ["1990-04-02T00:00:00Z", "1990-04-02"],
    ["--0402", "--04-02"],
    ["--04-02", "--04-02"],
    ["1604-04-02", "--04-02"],
    ["4/2/1990", "1990-04-02"],
    ["0/0/00", null],
    ["1990-13-01", null],
    ["circa 1800", null],
    // A day the calendar has: not 30 February, 29 February only in a leap year or without one; 0000 is no year.
    ["1990-02-30", null],
    ["1991-02-29", null],
    ["1992-02-29", "1992-02-29"],
    ["--0229", "--02-29"],
    ["--04-31", null],
    ["0000-04-02", "--04-02"],
    ["2/30/1990", null],
  ])("%s -> %s", (raw, expected) => {
    expect(birthdayOf(raw)).toBe(expected);
  });

  it("a vCard's birthday that is no day is left out, and said", () => {
    const file = readContactsFile(["BEGIN:VCARD", "VERSION:3.0", "FN:Ann Bell", "BDAY:1990-02-30", "END:VCARD", ""].join("\r\n"));
    expect(file.cards.map((c) => c.card.birthday)).toEqual([null]);
    expect(file.warnings).toEqual(['card 1 (line 1): the birthday "1990-02-30" is no day on the calendar; left out.']);
  });
});
