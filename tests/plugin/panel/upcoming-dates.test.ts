// @vitest-environment happy-dom
/** Issue 17: the panel's "Upcoming dates" section, from the people index, and a person's next date in the header. */
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fixtureVault, VAULT_DIR } from "./fixtures";
import { mountPanel, textOf, textsOf, type Harness } from "./harness";

const REAL_VAULT = join(VAULT_DIR, "..", "..", "..", "..", "fixtures", "real-vaults");

let h: Harness;
let root: HTMLElement;

beforeAll(async () => {
  document.body.empty();
  h = await mountPanel(fixtureVault(REAL_VAULT));
  root = h.view.contentEl;
});

describe("Upcoming dates in the panel", () => {
  it("lists the key dates of the next 30 days at the foot of the panel, in words; a name opens the person", async () => {
    await h.open("Notes/Standup.md");
    const section = root.querySelector(".kith-section-upcoming-dates");
    expect(textOf(section?.querySelector(".kith-section-title") ?? null)).toBe("Upcoming dates1");
    expect(textsOf(root, ".kith-upcoming-date")).toEqual(["Ana LimaBirthday, turns 36: 2026-04-02 (in 8 days)"]);
    const openFile = vi.fn(() => Promise.resolve());
    vi.spyOn(h.app.workspace, "getLeaf").mockReturnValue({ openFile } as never);
    root.querySelector<HTMLElement>(".kith-upcoming-date .kith-link")?.click();
    expect(openFile).toHaveBeenCalledWith(h.app.vault.getFileByPath("Contacts/Ana Lima.md"));
  });

  it("shows the person's own next date under their last contact", async () => {
    await h.open("Contacts/Ana Lima.md");
    expect(textOf(root.querySelector(".kith-next-date"))).toBe("Birthday, turns 36: 2026-04-02 (in 8 days)");
  });
});
