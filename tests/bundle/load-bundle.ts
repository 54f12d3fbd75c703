/**
 * Loads the built main.js the way Obsidian mobile would: no Buffer, fs, process or Node
 * `require`, only a `require` that knows `obsidian` (a fake module simulating a phone).
 * Catches libraries that need Node at load or parse time. `npm test` builds main.js first.
 */
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { expect } from "vitest";

const MAIN_JS = new URL("../../main.js", import.meta.url);

type Callback = (...args: unknown[]) => unknown;

/** Records what the plugin registered, for assertions. */
export interface Calls {
  commands: { id: string; name: string }[];
  ribbonIcons: string[];
  settingTabs: unknown[];
  views: string[];
  events: unknown[];
  notices: string[];
}

/** An object that accepts any call or chained property access (DOM elements, Setting builders). */
function absorb(): unknown {
  const target = (() => undefined) as Callback;
  const proxy: unknown = new Proxy(target, {
    // Not thenable, so awaiting it does not hang.
    get: (_t, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : proxy),
    apply: () => proxy,
  });
  return proxy;
}

/** A stand-in for the parts of the `obsidian` module the bundle touches, simulating a phone. */
export function fakeObsidian(calls: Calls, files: Map<string, string>) {
  class TAbstractFile {
    constructor(public path: string) {}
    get name(): string {
      return this.path.slice(this.path.lastIndexOf("/") + 1);
    }
  }
  class TFile extends TAbstractFile {
    get basename(): string {
      return this.name.replace(/\.[^.]*$/, "");
    }
    get extension(): string {
      return this.name.slice(this.name.lastIndexOf(".") + 1);
    }
  }
  class TFolder extends TAbstractFile {}

  const fileAt = (path: string): TFile | null => (files.has(path) ? new TFile(path) : null);
  const read = (file: TFile): Promise<string> => {
    const text = files.get(file.path);
    return text === undefined ? Promise.reject(new Error(`no file ${file.path}`)) : Promise.resolve(text);
  };
  const vault = {
    getFileByPath: fileAt,
    getAbstractFileByPath: fileAt,
    getMarkdownFiles: () => [...files.keys()].filter((p) => p.endsWith(".md")).map((p) => new TFile(p)),
    read,
    cachedRead: read,
    process: async (file: TFile, edit: (text: string) => string) => {
      const after = edit(await read(file));
      files.set(file.path, after);
      return after;
    },
    modify: (file: TFile, text: string) => Promise.resolve(void files.set(file.path, text)),
    create: (path: string, text: string) => {
      if (files.has(path)) return Promise.reject(new Error(`${path} exists`));
      files.set(path, text);
      return Promise.resolve(new TFile(path));
    },
    on: (name: string) => ({ name }),
  };
  // No note is open in an editor on this phone: edits go through vault.process.
  const leaves: Record<string, unknown> = { getLeavesOfType: () => [] };
  const workspace = new Proxy(leaves, {
    get: (target, prop) => (typeof prop === "string" && prop in target ? target[prop] : absorb()),
  });
  const app = { vault, workspace, metadataCache: absorb(), fileManager: absorb() };

  class Component {
    register(_cb: Callback): void {}
    registerEvent(ref: unknown): void {
      calls.events.push(ref);
    }
    registerDomEvent(): void {}
    registerInterval(id: number): number {
      return id;
    }
    addChild<T>(child: T): T {
      return child;
    }
    load(): void {}
    unload(): void {}
  }
  class Plugin extends Component {
    private data: unknown = null;
    constructor(
      public app: unknown,
      public manifest: unknown,
    ) {
      super();
    }
    addCommand<T extends { id: string; name: string }>(command: T): T {
      calls.commands.push(command);
      return command;
    }
    addRibbonIcon(icon: string): unknown {
      calls.ribbonIcons.push(icon);
      return absorb();
    }
    addStatusBarItem(): unknown {
      return absorb();
    }
    addSettingTab(tab: unknown): void {
      calls.settingTabs.push(tab);
    }
    registerView(type: string): void {
      calls.views.push(type);
    }
    loadData(): Promise<unknown> {
      return Promise.resolve(this.data);
    }
    saveData(data: unknown): Promise<void> {
      this.data = data;
      return Promise.resolve();
    }
  }
  class PluginSettingTab {
    containerEl = absorb();
    constructor(
      public app: unknown,
      public plugin: unknown,
    ) {}
  }
  class ItemView extends Component {
    containerEl = absorb();
    contentEl = absorb();
    constructor(public leaf: unknown) {
      super();
    }
  }
  class MarkdownView extends ItemView {}
  class Modal {
    contentEl = absorb();
    constructor(public app: unknown) {}
    open(): void {}
    close(): void {}
  }
  class SuggestModal extends Modal {
    setPlaceholder(): void {}
  }
  class AbstractInputSuggest {
    constructor(public app: unknown) {}
  }
  class Notice {
    constructor(message: string) {
      calls.notices.push(message);
    }
    hide(): void {}
  }
  class Setting {
    constructor() {
      return absorb() as Setting;
    }
  }
  const Platform = {
    isDesktop: false,
    isMobile: true,
    isDesktopApp: false,
    isMobileApp: true,
    isIosApp: true,
    isAndroidApp: false,
    isPhone: true,
    isTablet: false,
  };
  const normalizePath = (path: string): string =>
    path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");

  const exports: Record<string, unknown> = {
    Component,
    Plugin,
    PluginSettingTab,
    ItemView,
    MarkdownView,
    Modal,
    SuggestModal,
    AbstractInputSuggest,
    prepareFuzzySearch: () => () => null,
    Notice,
    Setting,
    Platform,
    TAbstractFile,
    TFile,
    TFolder,
    normalizePath,
  };
  // A missing stub fails loudly instead of as "Class extends value undefined".
  const module = new Proxy(exports, {
    get(target, prop) {
      if (typeof prop === "symbol" || prop in target || prop === "__esModule" || prop === "default") {
        return typeof prop === "symbol" ? undefined : target[prop];
      }
      throw new Error(`The fake obsidian module in ${import.meta.url} has no "${prop}": add a stub.`);
    },
  });
  return { module, app, Plugin };
}

export function loadBundle(calls: Calls, files: Map<string, string>) {
  if (!existsSync(MAIN_JS)) {
    throw new Error("main.js is missing: build it first (`npm run build`; `npm test` does it).");
  }
  const obsidian = fakeObsidian(calls, files);
  const context = vm.createContext({ console, setTimeout, clearTimeout, setInterval, clearInterval });
  vm.runInContext("globalThis.window = globalThis;", context);
  const environment = String(vm.runInContext("[typeof Buffer, typeof process, typeof require].join()", context));
  expect(environment).toBe("undefined,undefined,undefined");

  const wrapper: unknown = vm.runInContext(
    `(function (module, exports, require) {\n${readFileSync(MAIN_JS, "utf8")}\n})`,
    context,
    { filename: "main.js" },
  );
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (name === "obsidian") return obsidian.module;
    throw new Error(`main.js required "${name}" at load time; Obsidian mobile has no such module.`);
  };
  (wrapper as (m: typeof module, e: unknown, r: typeof require) => void)(module, module.exports, require);
  return { obsidian, exports: module.exports };
}

export function newCalls(): Calls {
  return { commands: [], ribbonIcons: [], settingTabs: [], views: [], events: [], notices: [] };
}
