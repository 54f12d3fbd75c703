import { Modal, Setting, type App } from "obsidian";
import type { HttpRequest } from "../../core/extract";

/** The parts of a chat-completions body the user is shown. */
interface ShownBody {
  model?: unknown;
  messages?: Array<{ role?: unknown; content?: unknown }>;
}

const ROLE_NAMES: Record<string, string> = { system: "Instructions", user: "Your meeting" };

/**
 * The request exactly as it will be sent (address, model, every message), the key never shown,
 * with Send and Cancel: nothing leaves the machine without the click on Send. Closing the modal
 * any other way cancels too.
 */
export class ExtractRequestModal extends Modal {
  constructor(
    app: App,
    private readonly request: HttpRequest,
    private readonly onSend: () => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Send to your model?");
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("kith-extract-request");
    const body = JSON.parse(this.request.body ?? "{}") as ShownBody;
    const hasKey = Object.keys(this.request.headers).some((h) => h.toLowerCase() === "authorization");
    contentEl.createEl("p", { text: "Nothing has been sent yet. Send sends this request, and nothing else of your vault." });
    new Setting(contentEl).setName("Address").setDesc(`${this.request.method} ${this.request.url}`);
    new Setting(contentEl).setName("Model").setDesc(typeof body.model === "string" ? body.model : "");
    new Setting(contentEl).setName("API key").setDesc(hasKey ? "Sent in the Authorization header; not shown here." : "None: the request carries no key.");
    for (const message of body.messages ?? []) {
      const role = typeof message.role === "string" ? message.role : "";
      contentEl.createEl("h4", { text: ROLE_NAMES[role] ?? role });
      contentEl.createEl("pre", { cls: "kith-extract-message", text: typeof message.content === "string" ? message.content : "" });
    }
    contentEl.createEl("p", {
      cls: "setting-item-description",
      text: "The answer is asked for in the recap schema. A server that does not take a schema is asked once more for plain JSON, with the schema added to the instructions.",
    });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Send")
          .setCta()
          .onClick(() => {
            this.close();
            this.onSend();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
