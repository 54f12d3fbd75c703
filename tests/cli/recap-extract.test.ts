/** `kith recap extract` against a local server that speaks the chat-completions protocol, with answers written by hand. */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { setTimeout as after } from "node:timers";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KITH, type Run } from "./run-kith";

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/extract/${name}`, import.meta.url));
const TRANSCRIPT = fixture("pilot-call.vtt");
const GOOD = readFileSync(fixture("completion-good.json"), "utf8");

/** A chat completion whose message content is `content`, in the protocol's shape. */
const completion = (content: string): string => {
  const body = JSON.parse(GOOD) as { choices: Array<{ message: { content: string } }> };
  body.choices[0]!.message.content = content;
  return JSON.stringify(body);
};

/** What the server answers for a scenario (the path's first part), and every request it got. */
type Answer = (request: { body: Record<string, unknown> }, res: ServerResponse) => void;
const reply = (status: number, body: string): Answer => (_request, res) => void res.writeHead(status, { "content-type": "application/json" }).end(body);
const SCENARIOS: Record<string, Answer> = {
  good: reply(200, GOOD),
  "schema-refused": (request, res) => {
    const format = (request.body.response_format as { type?: string } | undefined)?.type;
    if (format === "json_schema") reply(400, readFileSync(fixture("error-400-response-format.json"), "utf8"))(request, res);
    else reply(200, GOOD)(request, res);
  },
  "not-json": reply(200, completion("Sure! The meeting was about the pilot.")),
  "wrong-shape": reply(200, completion(JSON.stringify({ title: "Pilot", attendees: "Priya Raman", facts: [{ text: "Prefers email." }], decisions: [], topics: [], actions: [] }))),
  "quote-missing": reply(200, completion(JSON.stringify({ title: "Pilot", date: null, summary: "", attendees: ["Priya Raman"], facts: [{ text: "Runs Spark.", about: "shared", quote: "we run Spark everywhere" }], decisions: [], topics: [], actions: [] }))),
  unauthorized: reply(401, readFileSync(fixture("error-401.json"), "utf8")),
  silent: () => undefined, // never answers
  slow: (request, res) => void after(() => reply(200, GOOD)(request, res), 1500),
};
const received: Array<{ scenario: string; auth: string | undefined; body: Record<string, unknown> }> = [];
let base = "";
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const scenario = req.url?.split("/")[1] ?? "";
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    received.push({ scenario, auth: req.headers.authorization, body });
    if (!req.url?.endsWith("/v1/chat/completions")) return void res.writeHead(404).end();
    (SCENARIOS[scenario] ?? reply(404, "{}"))({ body }, res);
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function extract(scenario: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const vars = { ...process.env, KITH_LLM_BASE_URL: `${base}/${scenario}/v1`, KITH_LLM_MODEL: "llama3.1", KITH_LLM_API_KEY: "sk-test", ...env };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [KITH, "recap", "extract", TRANSCRIPT, ...args], { encoding: "utf8", env: vars }, (_e, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
  });
}

const GOOD_RECAP = {
  date: "2026-03-10",
  title: "Pilot planning",
  attendees: ["Priya Raman", "Teodor Vasilescu"],
  via: null,
  summary: "Agreed the pilot's start and who sends the sizing sheet.",
  facts: ["Teodor Vasilescu: Prefers email over calls."],
  decisions: ["The pilot starts on two clusters in January."],
  topics: ["Pilot scope"],
  actions: [{ text: "Send the sizing sheet", owner: "Teodor Vasilescu", due: null }],
  warnings: [],
};

describe("kith recap extract", () => {
  it("sends the text and the likely attendees only, asks for the schema, and prints the checked recap", async () => {
    const run = await extract("good", ["--date", "2026-03-10", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(GOOD_RECAP);
    const sent = received.filter((r) => r.scenario === "good").at(-1)!;
    expect(sent.auth).toBe("Bearer sk-test");
    expect(sent.body.model).toBe("llama3.1");
    expect((sent.body.response_format as { type: string }).type).toBe("json_schema");
    const messages = sent.body.messages as Array<{ role: string; content: string }>;
    expect(messages[1]).toEqual({ role: "user", content: `Likely attendees: Priya Raman, Teodor Vasilescu\n\nMeeting text:\n${readFileSync(TRANSCRIPT, "utf8")}` });
  });

  it("asks again in JSON mode when the server refuses structured output", async () => {
    const run = await extract("schema-refused", ["--date", "2026-03-10", "--json"]);
    expect(JSON.parse(run.stdout)).toEqual(GOOD_RECAP);
    expect(received.filter((r) => r.scenario === "schema-refused").map((r) => (r.body.response_format as { type: string }).type)).toEqual(["json_schema", "json_object"]);
  });

  it.each([
    ["an answer that is not JSON", "not-json", { attendees: [], facts: [], warnings: ["The model's answer is not JSON: nothing was taken from it."] }],
    [
      "an answer of the wrong shape",
      "wrong-shape",
      { attendees: [], facts: [], warnings: ['The model\'s "attendees" is not a list: left out.', 'Left out the fact "Prefers email.": its quote is not in the text.'] },
    ],
    ["a quote that is not in the text", "quote-missing", { attendees: ["Priya Raman"], facts: [], warnings: ['Left out the fact "Runs Spark.": its quote is not in the text.'] }],
  ])("drops what fails the checks, with warnings: %s", async (_name, scenario, expected) => {
    const run = await extract(scenario, ["--date", "2026-03-10", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject(expected);
  });

  it("says in words when the key is refused (401), with the server's own message", async () => {
    const run = await extract("unauthorized", ["--json"]);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${base.replace("http://", "")} refused the API key (401) (Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.): check the key.\n`,
    });
  });

  it("gives up on a server that does not answer in time, and waits for a slow one that does", async () => {
    const silent = await extract("silent", ["--json"], { KITH_LLM_TIMEOUT: "1" });
    expect(silent).toEqual({ status: 2, stdout: "", stderr: `kith: ${base.replace("http://", "")} did not answer within 1 s.\n` });
    const slow = await extract("slow", ["--date", "2026-03-10", "--json"], { KITH_LLM_TIMEOUT: "10" });
    expect(JSON.parse(slow.stdout)).toEqual(GOOD_RECAP);
  });

  it("--show-request prints the request, the key hidden, and sends nothing", async () => {
    const before = received.length;
    const run = await extract("good", ["--show-request"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([`POST ${base}/good/v1/chat/completions`, "Content-Type: application/json", "Authorization: Bearer ***"]);
    expect(run.stdout).not.toContain("sk-test");
    expect(received.length).toBe(before);
  });

  it("says what is missing when no server is set", async () => {
    const run = await extract("good", [], { KITH_LLM_BASE_URL: "" });
    expect(run).toEqual({ status: 2, stdout: "", stderr: "kith: KITH_LLM_BASE_URL is not set: give your model server's base URL (such as http://localhost:11434/v1 for Ollama).\n" });
  });
});
