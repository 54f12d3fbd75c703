import { describe } from "vitest";
import { normalizePersonNote, newPersonNote } from "../../../src/core";
import { change, CTX, crlf, fixture, md, runEditCases, runRefusalCases, STAMP } from "../helpers";
import { LEE, LEE_PATH } from "./notes";

const opts = { ...CTX, includeDataview: false };
const COMPLETE = newPersonNote("Ada Byrne", { today: "2026-01-05" });

describe("normalizePersonNote", () => {
  runEditCases([
    {
      name: "missing sections are added at their canonical places, nothing else moves; the footer gets today",
      before: LEE,
      after: change(
        LEE,
        ["| **Email** | _Unknown_ |\n\n", "| **Email** | _Unknown_ |\n\n## Relationship\n\n_How do you work with this person? What is your dynamic?_\n\n## Background\n\n_Career history, expertise, interests, personal details shared..._\n\n## Projects\n\n_What projects are you collaborating on with this person?_\n\n## Open Tasks\n\n"],
        ["(via Acme)\n\n## Key Decisions", "(via Acme)\n\n## Profile\n\n**Role**: _Unknown_\n**Relationship**: _Unknown_\n\n## Key Decisions"],
        STAMP,
      ),
      edit: (t) => normalizePersonNote(t, LEE_PATH, opts),
    },
    {
      name: "with Dataview: the queries a new note has, the handle from the note's own query",
      before: fixture("missing-sections.md"),
      after: change(
        fixture("missing-sections.md"),
        ["| **Company** | Quaystone |\n\n", "| **Company** | Quaystone |\n\n## Relationship\n\n_How do you work with this person? What is your dynamic?_\n\n"],
        [
          "payments team.\n\n",
          md(
            "payments team.",
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
            "## Open Tasks",
            "",
            "```dataview",
            "TASK",
            'FROM ""',
            'WHERE !completed AND contains(text, "Rafael Souza")',
            "SORT due ASC",
            "```",
            "",
            "## Tasks They Own",
            "",
            "_Action items this person is responsible for:_",
            "",
            "```dataview",
            "TASK",
            'WHERE contains(text, "@RafaelSouza") AND !completed',
            "SORT due ASC",
            "```",
            "",
            "## Key Facts",
            "",
            "## Topics Discussed",
            "",
            "## Recent Context",
            "",
            "## Profile",
            "",
            "**Role**: _Unknown_",
            "**Relationship**: _Unknown_",
            "",
            "## Key Decisions",
            "",
            "",
          ),
        ],
        ["*Last updated: 2026-06-01*", "*Last updated: 2026-11-25*"],
      ),
      edit: (t) => normalizePersonNote(t, "People/Rafael Souza.md", CTX),
    },
    { name: "a complete note with a dated footer is left exactly as it is", before: COMPLETE, after: COMPLETE, edit: (t) => normalizePersonNote(t, "People/Ada Byrne.md", CTX) },
    {
      name: "a complete note whose footer was never filled in gets only the date",
      before: COMPLETE.replace("*Last updated: 2026-01-05*", "*Last updated: *"),
      after: COMPLETE.replace("*Last updated: 2026-01-05*", "*Last updated: 2026-11-25*"),
      edit: (t) => normalizePersonNote(t, "People/Ada Byrne.md", CTX),
    },
    {
      name: "a missing footer is added after the last section",
      before: COMPLETE.replace("\n---\n*Last updated: 2026-01-05*\n", ""),
      after: COMPLETE.replace("*Last updated: 2026-01-05*", "*Last updated: 2026-11-25*"),
      edit: (t) => normalizePersonNote(t, "People/Ada Byrne.md", CTX),
    },
    {
      name: "CRLF stays CRLF",
      before: crlf(COMPLETE.replace("## Key Facts\n\n", "")),
      after: crlf(COMPLETE.replace("*Last updated: 2026-01-05*", "*Last updated: 2026-11-25*")),
      edit: (t) => normalizePersonNote(t, "People/Ada Byrne.md", CTX),
    },
  ]);
  runRefusalCases([
    { name: "malformed frontmatter", before: fixture("malformed-yaml.md"), error: /Malformed frontmatter/, edit: (t) => normalizePersonNote(t, "People/x.md", CTX) },
  ]);
});
