import { describe } from "vitest";
import { logInteraction } from "../../../src/core";
import { change, CTX, crlf, runEditCases, runRefusalCases, STAMP } from "../helpers";
import { LEE } from "./notes";

const CONTEXT = "- 2026-02-01: [[2026-02-01 - Catch-up]] - Talked about pricing. (via Acme)\n";

const LOGGED = logInteraction(LEE, { date: "2026-03-04", summary: "Call about the renewal", via: "phone" }, CTX);

describe("logInteraction", () => {
  runEditCases([
    {
      name: "a newer call: last contact moves forward, an unlinked line goes on top",
      before: LEE,
      after: change(LEE, ["last_contact: '2026-02-01'", "last_contact: '2026-03-04'"], [CONTEXT, `- 2026-03-04: Call about the renewal (via phone)\n${CONTEXT}`], STAMP),
      edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "Call about the renewal", via: "phone" }, CTX),
    },
    {
      name: "an older chat without via: the line goes below, last contact stays",
      before: LEE,
      after: change(LEE, [CONTEXT, `${CONTEXT}- 2026-01-20: Chat on Slack\n`], STAMP),
      edit: (t) => logInteraction(t, { date: "2026-01-20", summary: "Chat on Slack", via: null }, CTX),
    },
    {
      name: "the same interaction again changes nothing",
      before: LOGGED,
      after: LOGGED,
      edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "Call about the renewal", via: "phone" }, CTX),
    },
    {
      name: "the same date and summary written differently is the same line: the user's, kept, not a second one",
      before: LOGGED,
      after: LOGGED,
      edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "call about the renewal.", via: "Zoom" }, CTX),
    },
    {
      name: "a long summary is cut on a word boundary at the summary length",
      before: LEE,
      after: change(LEE, ["last_contact: '2026-02-01'", "last_contact: '2026-03-04'"], [CONTEXT, `- 2026-03-04: Walked through the...\n${CONTEXT}`], STAMP),
      edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "Walked through the whole renewal plan", via: null }, { ...CTX, summaryLength: 26 }),
    },
    {
      name: "CRLF stays CRLF",
      before: crlf(LEE),
      after: crlf(change(LEE, ["last_contact: '2026-02-01'", "last_contact: '2026-03-04'"], [CONTEXT, `- 2026-03-04: Call (via phone)\n${CONTEXT}`], STAMP)),
      edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "Call", via: "phone" }, CTX),
    },
  ]);
  runRefusalCases([
    { name: "no summary", before: LEE, error: /needs a meeting note or a summary/, edit: (t) => logInteraction(t, { date: "2026-03-04", summary: "  ", via: null }, CTX) },
    { name: "not a date", before: LEE, error: /not a date/, code: "invalid-date", edit: (t) => logInteraction(t, { date: "2026-02-30", summary: "x", via: null }, CTX) },
  ]);
});
