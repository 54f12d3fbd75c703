import { describe } from "vitest";
import { mergeTopics } from "../../../src/core";
import { carryLines } from "../../../src/core/person/section-lines";
import { CTX, md, runEditCases, TODAY, type EditCase } from "../helpers";

/** A line of text right above `---` makes it a setext heading: edits that write text above a rule leave a blank line between. */
describe("no text is written right above a --- rule", () => {
  const cases: EditCase[] = [
    {
      name: "topics after a list, right above the footer's rule",
      before: md("## Topics Discussed", "- a", "---", "*Last updated: *", ""),
      after: md("## Topics Discussed", "- a", "", "Zig", "", "---", `*Last updated: ${TODAY}*`, ""),
      edit: (t) => mergeTopics(t, ["Zig"], CTX),
    },
    {
      name: "topics after a list, a blank line and the rule: as before",
      before: md("## Topics Discussed", "- a", "", "---", "*Last updated: *", ""),
      after: md("## Topics Discussed", "- a", "", "Zig", "", "---", `*Last updated: ${TODAY}*`, ""),
      edit: (t) => mergeTopics(t, ["Zig"], CTX),
    },
    {
      name: "carried prose after a list, right above a rule",
      before: md("## Related", "- [[A]]", "---", "*Last updated: *", ""),
      after: md("## Related", "- [[A]]", "", "See B.", "", "---", "*Last updated: *", ""),
      edit: (t) => carryLines(t, "Related", ["See B."], ["Related"], "\n"),
    },
    {
      name: "carried list items after a list: no blank line needed",
      before: md("## Related", "- [[A]]", "---", "*Last updated: *", ""),
      after: md("## Related", "- [[A]]", "- [[B]]", "---", "*Last updated: *", ""),
      edit: (t) => carryLines(t, "Related", ["- [[B]]"], ["Related"], "\n"),
    },
  ];
  runEditCases(cases);
});
