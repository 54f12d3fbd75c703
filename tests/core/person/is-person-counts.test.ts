import { describe, expect, it } from "vitest";
import { countPersonRules, DEFAULT_SETTINGS, describePersonRuleCounts, personRules, type CachedNote } from "../../../src/core";

const note = (path: string, frontmatter?: Record<string, unknown>, tags: string[] = []): CachedNote => ({ path, frontmatter, tags: () => tags });

describe("countPersonRules", () => {
  it("counts each rule's notes, the people they make, and the templates left out", () => {
    const notes = [
      note("People/Ana.md"),
      note("People/Bo.md", { type: "person" }, ["#person"]),
      note("Notes/Cy.md", { category: "[[Contact]]" }),
      note("Notes/Dee.md", undefined, ["#Person/friends"]),
      note("Notes/Meeting.md", { type: "meeting" }, ["#meeting"]),
      note("Templates/Person.md", { type: "person" }),
      note("Notes/Untitled.md", { type: "person", title: "<% tp.file.title %>" }),
    ];
    const counts = countPersonRules(notes, personRules(DEFAULT_SETTINGS, [], ["Templates"]));
    expect(counts).toEqual({ folder: 2, property: 2, tag: 2, people: 4, templates: 2 });
    expect(describePersonRuleCounts(counts)).toBe("4 people: 2 in the people folder, 2 by type or category, 2 by tag. 2 templates left out.");
    expect(describePersonRuleCounts({ folder: 1, property: 0, tag: 0, people: 1, templates: 0 })).toBe("1 person: 1 in the people folder, 0 by type or category, 0 by tag.");
  });
});
