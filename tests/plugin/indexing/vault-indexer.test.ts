// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ALL_NOTES } from "../../../src/plugin/indexing/vault-indexer";
import { appWith, pluginFor } from "../panel/harness";

const person = (name: string): string => `---\ntype: people\n---\n# ${name}\n`;

describe("VaultIndexer: the first build", () => {
  it("leaves out a note that cannot be read (deleted while the build runs) and indexes the rest", async () => {
    const app = appWith({ "People/Ana.md": person("Ana"), "People/Bo.md": person("Bo"), "People/Cy.md": person("Cy") });
    const vault = app.asOriginalType__().vault;
    const cachedRead = vault.cachedRead.bind(vault);
    Object.assign(vault, { cachedRead: (file: { path: string }) => (file.path === "People/Bo.md" ? Promise.reject(new Error("ENOENT")) : cachedRead(file as never)) });
    const plugin = pluginFor(app);
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    expect([...plugin.people.index.entries()].map((e) => e.path).sort()).toEqual(["People/Ana.md", "People/Cy.md"]);
  });

  it("tells its listeners once a build is done (a rebuild after a settings change may change any entry)", async () => {
    const app = appWith({ "People/Ana.md": person("Ana") });
    const plugin = pluginFor(app);
    const heard: string[] = [];
    plugin.indexer.onChange((path) => heard.push(path));
    app.workspace.setLayoutReady__();
    await plugin.indexer.ready;
    await plugin.indexer.build();
    expect(heard).toEqual([ALL_NOTES, ALL_NOTES]);
  });
});
