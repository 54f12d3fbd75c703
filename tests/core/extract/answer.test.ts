import { describe, expect, it } from "vitest";
import { quoteInText, recapFromAnswer } from "../../../src/core/extract";

const TEXT = [
  "Priya Raman: Thanks for joining. We agreed the pilot starts on two clusters in January.",
  "Teodor Vasilescu: I prefer  email over calls, by the way.",
  "Priya Raman: Teodor, can you send the sizing sheet by Friday?",
  "Teodor Vasilescu: Yes. We should loop in Hana Sato from legal too.",
].join("\n");
const check = { text: TEXT, attendees: ["Priya Raman", "Teodor Vasilescu"] };

const GOOD = {
  title: "Pilot planning",
  date: "2026-03-10",
  summary: "Planned the pilot.",
  attendees: ["Priya Raman", "Teodor Vasilescu"],
  facts: [{ text: "Prefers email over calls.", about: "Teodor Vasilescu", quote: "I prefer email over calls" }],
  decisions: [{ text: "The pilot starts on two clusters in January.", about: "shared", quote: "we agreed the pilot starts on two clusters" }],
  topics: ["Pilot scope"],
  actions: [{ text: "Send the sizing sheet", owner: "Teodor", due: null, quote: "can you send the sizing sheet by Friday?" }],
};

describe("recapFromAnswer: a model's answer checked against the text it was given", () => {
  it("takes a good answer: attributions as `Name: text`, a first name as the attendee's full name", () => {
    expect(recapFromAnswer(JSON.stringify(GOOD), check)).toEqual({
      date: "2026-03-10",
      title: "Pilot planning",
      attendees: ["Priya Raman", "Teodor Vasilescu"],
      via: null,
      summary: "Planned the pilot.",
      facts: ["Teodor Vasilescu: Prefers email over calls."],
      decisions: ["The pilot starts on two clusters in January."],
      topics: ["Pilot scope"],
      actions: [{ text: "Send the sizing sheet", owner: "Teodor Vasilescu", due: null }],
      tags: [],
      warnings: ["The meeting's date 2026-03-10 is the model's reading: check it."],
    });
  });

  it("reads the JSON inside a ```json block", () => {
    expect(recapFromAnswer("Here it is:\n```json\n" + JSON.stringify(GOOD) + "\n```", check).facts).toEqual(["Teodor Vasilescu: Prefers email over calls."]);
  });

  it.each([
    ["not JSON", "The meeting went well.", ["The model's answer is not JSON: nothing was taken from it."]],
    ["a list, not a recap", "[1, 2]", ["The model's answer is not a recap (a JSON object): nothing was taken from it."]],
  ])("takes nothing from %s", (_name, content, warnings) => {
    const recap = recapFromAnswer(content, check);
    expect(recap).toMatchObject({ attendees: [], facts: [], decisions: [], actions: [], warnings });
  });

  it("drops what fails, each with a warning: a quote not in the text, a non-attendee, a field of the wrong shape", () => {
    const bad = {
      ...GOOD,
      date: "next Tuesday",
      attendees: ["Priya Raman", "Sam Okoye"],
      facts: [
        { text: "Runs Spark 3.5.", about: "shared", quote: "we run Spark 3.5 everywhere" },
        { text: "Works in legal.", about: "Hana Sato", quote: "Hana Sato from legal" },
        { text: "No quote." , about: "shared" },
        "a bare string",
      ],
      decisions: "none",
      actions: [{ text: "Review the DPA", owner: "Marta Lind", due: "Friday", quote: "loop in Hana Sato" }],
    };
    const recap = recapFromAnswer(JSON.stringify(bad), check);
    expect(recap.attendees).toEqual(["Priya Raman"]);
    expect(recap.facts).toEqual([]);
    expect(recap.decisions).toEqual([]);
    expect(recap.actions).toEqual([{ text: "Review the DPA", owner: null, due: null }]);
    expect(recap.date).toBeNull();
    expect(recap.warnings).toEqual([
      'Left out the attendee "Sam Okoye": neither in the text nor among the likely attendees.',
      'Left out the fact "Runs Spark 3.5.": its quote is not in the text.',
      'Left out the fact "Works in legal.": it is about Hana Sato, who is not an attendee.',
      'Left out the fact "No quote.": its quote is not in the text.',
      "Left out a fact without a text.",
      'The model\'s "decisions" is not a list: left out.',
      "The action \"Review the DPA\" names Marta Lind, who is not in the text: left without an owner.",
      'The action "Review the DPA" has a due date that is not one (Friday): left without it.',
      'The model\'s date "next Tuesday" is not a date: check the meeting\'s date.',
    ]);
  });
});

describe("quoteInText", () => {
  it.each([
    ["the same words, other case and spacing", "WE AGREED the   pilot", true],
    ["across a line break", "by the way. Priya Raman: Teodor", true],
    ["words not there", "we agreed to stop", false],
    ["empty", "   ", false],
  ])("%s", (_name, quote, found) => {
    expect(quoteInText(quote, TEXT)).toBe(found);
  });
});

describe("the server's address", () => {
  it("is refused with a user name or password in it, which errors would print", async () => {
    const { extractRecap } = await import("../../../src/core/extract");
    const port = () => Promise.resolve({ status: 200, text: "{}" });
    await expect(extractRecap(port, { baseUrl: "http://me:secret@localhost:11434/v1", model: "m", apiKey: "" }, { text: "x", attendees: [] })).rejects.toThrow(
      "The server's base URL holds a user name or password: give the address alone, and the key as the API key.",
    );
  });
});
