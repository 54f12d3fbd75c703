import { Modal, Setting, type App } from "obsidian";

/** Asks for one line of text; Enter or the button submits, Escape dismisses (null). */
export class TextPromptModal extends Modal {
  private answer: string | null = null;
  private settle: (value: string | null) => void = () => undefined;

  constructor(
    app: App,
    private readonly title: string,
    private readonly options: { value?: string; placeholder?: string } = {},
  ) {
    super(app);
  }

  ask(): Promise<string | null> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.open();
    });
  }

  override onOpen(): void {
    this.setTitle(this.title);
    let value = this.options.value ?? "";
    const submit = (): void => {
      this.answer = value;
      this.close();
    };
    new Setting(this.contentEl).addText((text) => {
      text.setValue(value).onChange((v) => (value = v));
      if (this.options.placeholder) text.setPlaceholder(this.options.placeholder);
      text.inputEl.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.isComposing) {
          event.preventDefault();
          submit();
        }
      });
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    new Setting(this.contentEl).addButton((button) => button.setButtonText("Save").setCta().onClick(submit));
  }

  override onClose(): void {
    this.contentEl.empty();
    this.settle(this.answer);
  }
}
