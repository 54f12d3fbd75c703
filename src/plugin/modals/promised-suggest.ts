import { SuggestModal, type App } from "obsidian";

/**
 * A suggest modal whose answer is a promise: the chosen item, or null when it is dismissed.
 * Obsidian may close the modal before it reports the choice, so a dismissal is settled a tick
 * later and a choice made in the meantime wins.
 */
export abstract class PromisedSuggestModal<T> extends SuggestModal<T> {
  private settle: (value: T | null) => void = () => undefined;

  constructor(app: App, placeholder: string) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  ask(): Promise<T | null> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.open();
    });
  }

  override onChooseSuggestion(item: T): void {
    this.settle(item);
  }

  override onClose(): void {
    super.onClose();
    window.setTimeout(() => this.settle(null), 0);
  }
}
