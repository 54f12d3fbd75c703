// @vitest-environment happy-dom
import { App } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import KithPlugin from "../../src/plugin/main";
import { refreshTemplatePrompts } from "../../src/plugin/template-prompts";

const TEMPLATE = "---\ntype: people\n---\n# {{title}}\n\n## Topics Discussed\n\n_Topics go here_\n\n## Relationship\n\n*Where did we meet?*\n";

async function plugin(files: Record<string, string>, templatePath: string): Promise<KithPlugin> {
  const app = App.createConfigured__({ files });
  const kith = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  await kith.onload();
  kith.settings.templatePath = templatePath;
  return kith;
}

describe("the template note's prompts in the plugin", () => {
  it("are read from the template note named with or without .md, and none without one", async () => {
    const kith = await plugin({ "Templates/Person.md": TEMPLATE }, "Templates/Person");
    expect(kith.templatePrompts).toEqual([]);
    await refreshTemplatePrompts(kith);
    expect(kith.templatePrompts).toEqual(["_Topics go here_", "*Where did we meet?*"]);
    kith.settings.templatePath = "";
    await refreshTemplatePrompts(kith);
    expect(kith.templatePrompts).toEqual([]);
  });

  it("are refreshed when the settings are saved", async () => {
    const kith = await plugin({ "Templates/Person.md": TEMPLATE }, "Templates/Person.md");
    await kith.saveSettings();
    expect(kith.templatePrompts).toEqual(["_Topics go here_", "*Where did we meet?*"]);
  });
});
