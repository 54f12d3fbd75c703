// @vitest-environment happy-dom
/**
 * "Extract recap with your model" through the Obsidian double, requestUrl stubbed: the request
 * shown before anything is sent (the key never shown), nothing sent on Cancel, the answer in the
 * recap form with its warnings, and a 401, a timeout or a server that is no chat-completions
 * server worded in a Notice.
 */
import { ButtonComponent, Modal, Notice } from "obsidian-test-mocks/obsidian";
import { requestUrl, type Modal as ObsidianModal, type RequestUrlParam } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyRecap, type Recap } from "../../../src/core";
import { SYSTEM_PROMPT } from "../../../src/core/extract/schema";
import { extractWithModel, formReadingOf } from "../../../src/plugin/extract/extract-flow";
import { ExtractRequestModal } from "../../../src/plugin/extract/request-modal";
import { MeetingTextModal } from "../../../src/plugin/extract/meeting-text-modal";
import { NEEDS_SECRET_STORAGE } from "../../../src/plugin/extract/model-server";
import { obsidianRequestPort } from "../../../src/plugin/extract/request-port";
import { RecapModal } from "../../../src/plugin/recap/recap-modal";
import type { RecapReading } from "../../../src/plugin/recap/recap-reading";
import { RecapService } from "../../../src/plugin/recap/recap-service";
import { setup } from "../commands/harness";

vi.mock("obsidian", async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), requestUrl: vi.fn() }));
const stubbedRequest = vi.mocked(requestUrl);

// The double's ButtonComponent keeps its click handler; this routes DOM clicks to it, as Obsidian's does.
vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
  this.buttonEl.addEventListener("click", (event) => void callback(event));
  return this;
});

afterEach(() => {
  vi.clearAllMocks();
  vi.useRealTimers();
});

const KEY = "sk-test-5f2a9c-secret";
const TRANSCRIPT = "Dana Okafor  0:03\nThe lakehouse must stay S3-compatible.\n\nSam Reyes  0:41\nI will send the sizing by March 10.\n";
const ON = { modelEnabled: true, modelBaseUrl: "http://localhost:11434/v1", modelName: "llama3.1", modelKeySecret: "kith-model-api-key", myName: "Jo Park" };

/** The plugin with the model set up, the transcript open, and every modal and Notice recorded. */
async function started(data: Record<string, unknown> = ON) {
  const t = await setup({ "Transcripts/pilot.md": TRANSCRIPT, "Meetings/": "" }, data);
  t.app.secretStorage.setSecret("kith-model-api-key", KEY);
  await t.activate("Transcripts/pilot.md");
  const modals: ObsidianModal[] = [];
  vi.spyOn(Modal.prototype, "open").mockImplementation(function (this: Modal) {
    modals.push(this as unknown as ObsidianModal);
    this.onOpen();
  });
  const notices = vi.spyOn(Notice.prototype, "constructor__");
  const hidden = vi.spyOn(Notice.prototype, "hide");
  return { ...t, modals, notices: () => notices.mock.calls.map(([m]) => m), hidden };
}

function click(modal: { contentEl: HTMLElement }, text: string): void {
  const found = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  found.click();
}

function field(modal: { contentEl: HTMLElement }, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = modal.contentEl.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no field ${label}`);
  return found;
}

function modalOf<T extends ObsidianModal>(modals: ObsidianModal[], kind: abstract new (...args: never[]) => T): T {
  const found = modals.find((m): m is T => m instanceof kind);
  if (!found) throw new Error(`no ${kind.name} opened`);
  return found;
}

/** A recap as a form opens with it: today's date, the rest empty but what is given. */
const formRecap = (given: { title?: string; attendees?: string[] }): Recap => ({ ...emptyRecap(), date: "2026-11-25", ...given });

const completion = (content: unknown): { status: number; text: string } => ({
  status: 200,
  text: JSON.stringify({ id: "chatcmpl-1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: JSON.stringify(content) }, finish_reason: "stop" }] }),
});

const ANSWER = {
  title: "Pilot call",
  date: "2026-03-09",
  summary: "Scoped the pilot.",
  attendees: ["Dana Okafor", "Sam Reyes"],
  facts: [{ text: "The lakehouse must stay S3-compatible.", about: "Dana Okafor", quote: "the lakehouse must stay  S3-compatible" }],
  decisions: [{ text: "The pilot starts in April.", about: "shared", quote: "the pilot starts in April" }],
  topics: ["Pilot"],
  actions: [{ text: "Send the sizing", owner: "Sam Reyes", due: "2026-03-10", quote: "I will send the sizing" }],
};

/** From the command to the request modal: the text modal's "Show the request" pressed. */
async function toRequest(t: Awaited<ReturnType<typeof started>>): Promise<ExtractRequestModal> {
  const command = (t.plugin as unknown as { commands__: Map<string, { callback: () => void }> }).commands__.get("extract-recap-with-model");
  command?.callback();
  const text = await vi.waitFor(() => modalOf(t.modals, MeetingTextModal));
  click(text, "Show the request");
  return modalOf(t.modals, ExtractRequestModal);
}

describe("Extract recap with your model", () => {
  it("shows the request before sending (the key never shown), and sends nothing on Cancel", async () => {
    const t = await started();
    const onRead = vi.fn<(reading: RecapReading) => void>();
    await extractWithModel(t.plugin, { attendees: ["Dana Okafor", "Jo Park"], title: "" }, onRead);
    const text = modalOf(t.modals, MeetingTextModal);
    expect(field(text, "Meeting text").value).toBe(TRANSCRIPT);
    expect(field(text, "Likely attendees").value).toBe("Dana Okafor, Jo Park");
    click(text, "Show the request");
    const request = modalOf(t.modals, ExtractRequestModal);
    const shown = request.contentEl.textContent;
    expect(shown).toContain("POST http://localhost:11434/v1/chat/completions");
    expect(shown).toContain("llama3.1");
    expect(shown).toContain("Sent in the Authorization header; not shown here.");
    expect(shown).not.toContain(KEY);
    // The user (Jo Park) is never sent as an attendee.
    expect([...request.contentEl.querySelectorAll("pre")].map((pre) => pre.textContent)).toEqual([SYSTEM_PROMPT, `Likely attendees: Dana Okafor\n\nMeeting text:\n${TRANSCRIPT}`]);
    click(request, "Cancel");
    expect(stubbedRequest).not.toHaveBeenCalled();
    expect(onRead).not.toHaveBeenCalled();
    expect(t.notices()).toEqual([]);
  });

  it("sends exactly the request shown on Send, and fills the recap form with the checked answer and its warnings", async () => {
    const t = await started();
    stubbedRequest.mockResolvedValue(completion(ANSWER) as never);
    const request = await toRequest(t);
    const messages = [...request.contentEl.querySelectorAll("pre")].map((pre) => pre.textContent);
    // From the command, the likely attendees are the transcript's speakers.
    expect(messages[1]).toBe(`Likely attendees: Dana Okafor, Sam Reyes\n\nMeeting text:\n${TRANSCRIPT}`);
    expect(stubbedRequest).not.toHaveBeenCalled();
    click(request, "Send");
    const form = await vi.waitFor(() => modalOf(t.modals, RecapModal));
    expect(stubbedRequest).toHaveBeenCalledTimes(1);
    const sent = stubbedRequest.mock.calls[0]?.[0] as RequestUrlParam;
    expect({ ...sent, body: undefined }).toEqual({
      url: "http://localhost:11434/v1/chat/completions",
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEY}` },
      contentType: "application/json",
      throw: false,
      body: undefined,
    });
    const body = JSON.parse(sent.body as string) as { model: string; messages: Array<{ content: string }> };
    expect(body.model).toBe("llama3.1");
    expect(body.messages.map((m) => m.content)).toEqual(messages);
    expect(t.notices()).toEqual(["Asking llama3.1…"]);
    expect(t.hidden).toHaveBeenCalledTimes(1);

    expect(Object.fromEntries(["Date", "Title", "Summary", "Key facts", "Decisions", "Action items", "Topics"].map((label) => [label, field(form, label).value]))).toEqual({
      Date: "2026-03-09",
      Title: "Pilot call",
      Summary: "Scoped the pilot.",
      "Key facts": "Dana Okafor: The lakehouse must stay S3-compatible.",
      Decisions: "",
      "Action items": "Sam Reyes: Send the sizing 📅 2026-03-10",
      Topics: "Pilot",
    });
    expect([...form.contentEl.querySelectorAll(".kith-chip")].map((c) => c.textContent)).toEqual(["Dana Okafor", "Sam Reyes"]);
    expect([...form.contentEl.querySelectorAll(".kith-recap-warnings li")].map((li) => li.textContent)).toEqual([
      'Left out the decision "The pilot starts in April.": its quote is not in the text.',
      "The meeting's date 2026-03-09 is the model's reading: check it.",
    ]);
  });

  it.each([
    {
      why: "a 401",
      answer: { status: 401, text: JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error" } }) },
      message: "localhost:11434 refused the API key (401) (Incorrect API key provided): check the key.",
    },
    { why: "an answer that is no chat completion", answer: { status: 200, text: "<html>Welcome to nginx</html>" }, message: "localhost:11434 did not answer with a chat completion." },
    { why: "an unreachable server", answer: new Error("net::ERR_CONNECTION_REFUSED"), message: "Could not reach localhost:11434: net::ERR_CONNECTION_REFUSED." },
  ])("says what went wrong on $why, in the core's words, and opens no form", async ({ answer, message }) => {
    const t = await started();
    if (answer instanceof Error) stubbedRequest.mockRejectedValue(answer);
    else stubbedRequest.mockResolvedValue(answer as never);
    click(await toRequest(t), "Send");
    await vi.waitFor(() => expect(t.notices()).toEqual(["Asking llama3.1…", message]));
    expect(t.hidden).toHaveBeenCalledTimes(1);
    expect(t.modals.some((m) => m instanceof RecapModal)).toBe(false);
  });

  it("says when the model does not answer within the timeout", async () => {
    const t = await started({ ...ON, modelTimeoutSeconds: 5 });
    stubbedRequest.mockReturnValue(new Promise(() => undefined) as never);
    const request = await toRequest(t);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    click(request, "Send");
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.notices()).toEqual(["Asking llama3.1…", "localhost:11434 did not answer within 5 s."]);
  });

  it.each([
    { data: { ...ON, modelEnabled: false }, message: "Extracting recaps with your model is off: turn it on in Kith's settings, under Your model." },
    { data: { ...ON, modelName: "" }, message: "No model is set: choose one in Kith's settings, under Your model." },
  ])("says why it cannot run: $message", async ({ data, message }) => {
    const t = await started(data);
    await extractWithModel(t.plugin, { attendees: [] }, () => undefined);
    expect(t.notices()).toEqual([message]);
    expect(t.modals).toEqual([]);
  });

  it("stays off on an Obsidian without secret storage, with the sentence that says so", async () => {
    const t = await started();
    Object.defineProperty(t.app, "secretStorage", { value: undefined });
    await extractWithModel(t.plugin, { attendees: [] }, () => undefined);
    expect(t.notices()).toEqual([NEEDS_SECRET_STORAGE]);
    expect(t.modals).toEqual([]);
    expect(stubbedRequest).not.toHaveBeenCalled();
  });
});

describe("the recap form's Extract with your model… button", () => {
  const openForm = (t: Awaited<ReturnType<typeof started>>, initial?: Parameters<typeof formRecap>[0]): RecapModal => {
    const form = new RecapModal(t.app.asOriginalType__(), t.plugin, new RecapService(t.plugin), initial && formRecap(initial));
    form.open();
    return form;
  };

  it("sends the form's attendees and title with the text, and refills the form with the answer", async () => {
    const t = await started();
    stubbedRequest.mockResolvedValue(completion(ANSWER) as never);
    const form = openForm(t, { title: "Design session", attendees: ["Dana Okafor"] });
    click(form, "Extract with your model…");
    const text = await vi.waitFor(() => modalOf(t.modals, MeetingTextModal));
    expect(field(text, "Likely attendees").value).toBe("Dana Okafor");
    click(text, "Show the request");
    const request = modalOf(t.modals, ExtractRequestModal);
    expect(request.contentEl.querySelectorAll("pre")[1]?.textContent).toBe(`Likely attendees: Dana Okafor\n\nMeeting text:\n${TRANSCRIPT}`);
    click(request, "Send");
    const refilled = await vi.waitFor(() => {
      const forms = t.modals.filter((m): m is RecapModal => m instanceof RecapModal);
      if (forms.length < 2) throw new Error("not refilled yet");
      return forms[1] as RecapModal;
    });
    // The form's title wins over the model's; the model's date over the form's.
    expect([field(refilled, "Title").value, field(refilled, "Date").value]).toEqual(["Design session", "2026-03-09"]);
    expect([...refilled.contentEl.querySelectorAll(".kith-chip")].map((c) => c.textContent)).toEqual(["Dana Okafor", "Sam Reyes"]);
    expect(field(refilled, "Key facts").value).toBe("Dana Okafor: The lakehouse must stay S3-compatible.");
  });

  it("is hidden while the feature is off", async () => {
    const t = await started({ ...ON, modelEnabled: false });
    const form = openForm(t);
    const button = [...form.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Extract with your model…");
    expect(button?.style.display).toBe("none");
  });
});

describe("requestUrl as the core's request port", () => {
  it("passes the request with throw: false and gives a 401 back as a status", async () => {
    const send = vi.fn().mockResolvedValue({ status: 401, text: '{"error":"bad key"}' });
    const port = obsidianRequestPort(send);
    expect(await port({ url: "https://api.example/v1/models", method: "GET", headers: { Authorization: "Bearer k" } })).toEqual({ status: 401, text: '{"error":"bad key"}' });
    expect(send.mock.calls).toEqual([[{ url: "https://api.example/v1/models", method: "GET", headers: { Authorization: "Bearer k" }, throw: false }]]);
  });
});

describe("formReadingOf: the model's reading as a new form's recap", () => {
  it("keeps the model's date, and says so when it had to take today's", () => {
    const dated: RecapReading = { recap: { ...emptyRecap(), date: "2026-03-10" }, warnings: ["w"], unnamedSpeakers: [] };
    expect(formReadingOf(dated, "2026-03-12")).toBe(dated);
    const undated: RecapReading = { recap: emptyRecap(), warnings: ["w"], unnamedSpeakers: [] };
    expect(formReadingOf(undated, "2026-03-12")).toEqual({
      recap: { ...emptyRecap(), date: "2026-03-12" },
      warnings: ["w", "The text gives no date: the form says today (2026-03-12); check it."],
      unnamedSpeakers: [],
    });
  });
});
