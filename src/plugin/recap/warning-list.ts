/**
 * What a reader (Paste recap, a transcript) left for the user to confirm, as a list that stays
 * on screen while they check it (a Notice vanishes). Nothing is added when there is nothing to check.
 */
export function renderWarningList(parent: HTMLElement, heading: string, warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  const box = parent.createDiv({ cls: "kith-recap-warnings", attr: { role: "status" } });
  box.createEl("p", { text: heading });
  const list = box.createEl("ul");
  for (const warning of warnings) list.createEl("li", { text: warning });
}
