import { debounce, ItemView, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { ALL_PEOPLE, PEOPLE_COLUMNS, peopleFilters, peopleRow, peopleTable, type PeopleColumn, type PeopleQuery, type PeopleRow, type PersonEntry } from "../../core";
import type { KithHost } from "../host";
import { cellTexts, cellTitle, COLUMN_TITLES } from "./cells";

export const PEOPLE_TABLE_VIEW_TYPE = "kith-people-table";

/** A row's height in pixels, as styles.css sets it: fixed, so only the rows in sight are drawn. */
export const ROW_HEIGHT = 34;
/** On a narrow leaf (a phone) a row is two lines: the name, then company, role and last contact. */
export const NARROW_ROW_HEIGHT = 52;
/** Below this width the columns fold into two lines. */
const NARROW_WIDTH = 600;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 10;
/** Rows drawn before the leaf has a height (hidden, or a test without layout). */
const UNMEASURED_ROWS = 40;
/** How long the view waits for a burst of changes (a recap writing many notes) to settle. */
const REFRESH_DELAY_MS = 300;

/**
 * Everyone in the people index as one table: sort by any column, filter by text, tag and
 * folder, click or Enter to open. Rows come from the index, never the notes; only the rows in
 * sight are in the DOM, so 10,000 people scroll as smoothly as 10.
 */
export class PeopleTableView extends ItemView {
  private query: PeopleQuery = { ...ALL_PEOPLE };
  /** Refreshes once the changes settle (each call starts the wait again). */
  readonly schedule = debounce(() => void this.refresh(), REFRESH_DELAY_MS, true);
  private all: PeopleRow[] = [];
  private shown: PeopleRow[] = [];
  /** Rows by the entry they came from: the index replaces an entry when its note changes, so the rest are reused. */
  private rowOf = new Map<PersonEntry, PeopleRow>();
  private rowsFor = "";
  private drawn = "";
  /** The row Tab lands on (one tab stop for the whole table; the arrows move from it). */
  private current: string | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: KithHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return PEOPLE_TABLE_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "People view";
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("kith-people-view");
    this.drawFrame();
    this.register(this.plugin.indexer.onChange(() => this.schedule()));
    await this.plugin.indexer.ready;
    this.refresh();
  }

  /** The sort and filters go with the workspace, so the view comes back as it was left. */
  override getState(): Record<string, unknown> {
    return { ...super.getState(), query: this.query };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const query = queryFrom(state);
    if (query) {
      this.query = query;
      const search = this.contentEl.querySelector<HTMLInputElement>("input.kith-pv-search");
      if (search) search.value = query.text;
      this.fillFilters();
      this.apply({ toTop: true });
    }
    await super.setState(state, result);
  }

  override async onClose(): Promise<void> {
    this.schedule.cancel();
    await super.onClose();
  }

  override onResize(): void {
    this.drawRows();
  }


  /** Rows again from the index (reusing unchanged ones), the filters' choices, then the table. */
  refresh(): void {
    const today = this.plugin.today();
    const { staleDays } = this.plugin.settings;
    if (this.rowsFor !== `${today} ${staleDays}`) {
      this.rowsFor = `${today} ${staleDays}`;
      this.rowOf = new Map();
    }
    const next = new Map<PersonEntry, PeopleRow>();
    for (const entry of this.plugin.people.index.entries()) next.set(entry, this.rowOf.get(entry) ?? peopleRow(entry, today, staleDays));
    this.rowOf = next;
    this.all = [...next.values()];
    this.fillFilters();
    this.apply();
  }

  /** The rows the current query keeps, drawn; a new sort or filter starts at the top, a live refresh stays where it was. */
  private apply({ toTop = false } = {}): void {
    this.shown = peopleTable(this.all, this.query);
    const body = this.contentEl.querySelector<HTMLElement>(".kith-pv-body");
    if (toTop && body) body.scrollTop = 0;
    const count = this.contentEl.querySelector(".kith-pv-count");
    const total = this.all.length.toLocaleString();
    if (count) count.setText(this.shown.length === this.all.length ? `${total} ${this.all.length === 1 ? "person" : "people"}` : `${this.shown.length.toLocaleString()} of ${total} people`);
    for (const header of Array.from(this.contentEl.querySelectorAll<HTMLElement>("[data-kith-column]"))) {
      const column = header.dataset.kithColumn;
      header.setAttribute("aria-sort", column !== this.query.sort ? "none" : this.query.descending ? "descending" : "ascending");
    }
    const spacer = this.contentEl.querySelector<HTMLElement>(".kith-pv-spacer");
    spacer?.setCssStyles({ height: `${this.shown.length * this.rowHeight()}px` });
    this.drawn = "";
    this.drawRows();
  }

  private narrow(): boolean {
    const width = this.contentEl.clientWidth;
    return width > 0 && width < NARROW_WIDTH;
  }

  private rowHeight(): number {
    return this.narrow() ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  }

  /** Toolbar, header and the scrolling body; rows are drawn into it as it scrolls. */
  private drawFrame(): void {
    const bar = this.contentEl.createDiv({ cls: "kith-pv-toolbar" });
    const search = bar.createEl("input", { cls: "kith-pv-search", type: "search", attr: { placeholder: "Filter by name, company, role, email or tag", "aria-label": "Filter people" } });
    this.registerDomEvent(search, "input", () => {
      this.query = { ...this.query, text: search.value };
      this.apply({ toTop: true });
    });
    const tag = bar.createEl("select", { cls: "dropdown kith-pv-tag", attr: { "aria-label": "Tag" } });
    this.registerDomEvent(tag, "change", () => {
      this.query = { ...this.query, tag: tag.value === "" ? null : tag.value };
      this.apply({ toTop: true });
    });
    const folder = bar.createEl("select", { cls: "dropdown kith-pv-folder", attr: { "aria-label": "Folder" } });
    this.registerDomEvent(folder, "change", () => {
      this.query = { ...this.query, folder: folder.value === "" ? null : folder.value };
      this.apply({ toTop: true });
    });
    bar.createSpan({ cls: "kith-pv-count", attr: { "aria-live": "polite" } });

    const table = this.contentEl.createDiv({ cls: "kith-pv-table", attr: { role: "table", "aria-label": "People" } });
    const header = table.createDiv({ cls: "kith-pv-row kith-pv-header", attr: { role: "row" } });
    for (const column of PEOPLE_COLUMNS) {
      const cell = header.createDiv({ cls: `kith-pv-cell kith-pv-${column}`, attr: { role: "columnheader", "data-kith-column": column, "aria-sort": "none" } });
      const button = cell.createEl("button", { cls: "kith-pv-sort clickable-icon", text: COLUMN_TITLES[column] });
      this.registerDomEvent(button, "click", () => this.sortBy(column));
    }
    const body = table.createDiv({ cls: "kith-pv-body", attr: { role: "rowgroup" } });
    body.createDiv({ cls: "kith-pv-spacer" });
    this.registerDomEvent(body, "scroll", () => this.drawRows());
  }

  /** A header click sorts by its column; a second click turns the order round. */
  sortBy(column: PeopleColumn): void {
    const descending = this.query.sort === column ? !this.query.descending : false;
    this.query = { ...this.query, sort: column, descending };
    this.apply({ toTop: true });
  }

  /** The tag and folder choices from the rows, keeping what is chosen. */
  private fillFilters(): void {
    const { tags, folders } = peopleFilters(this.all);
    // Each choice shows as `label` and stands for the value itself (a tag without `#`).
    const fill = (select: HTMLSelectElement | null, any: string, values: string[], chosen: string | null, label: (v: string) => string): void => {
      if (!select) return;
      select.empty();
      select.createEl("option", { text: any, value: "" });
      for (const value of chosen !== null && !values.includes(chosen) ? [...values, chosen] : values) select.createEl("option", { text: label(value), value });
      select.value = chosen ?? "";
    };
    fill(this.contentEl.querySelector("select.kith-pv-tag"), "Any tag", tags, this.query.tag, (t) => `#${t}`);
    fill(this.contentEl.querySelector("select.kith-pv-folder"), "Any folder", folders, this.query.folder, (f) => f);
  }

  /** Draws only the rows in sight (and a few around them) at their place in the spacer. */
  private drawRows(): void {
    const body = this.contentEl.querySelector<HTMLElement>(".kith-pv-body");
    const spacer = body?.querySelector<HTMLElement>(".kith-pv-spacer");
    if (!body || !spacer) return;
    const narrow = this.narrow();
    this.contentEl.toggleClass("is-narrow", narrow);
    const height = this.rowHeight();
    spacer.setCssStyles({ height: `${this.shown.length * height}px` });
    const visible = body.clientHeight > 0 ? Math.ceil(body.clientHeight / height) : UNMEASURED_ROWS;
    const first = Math.max(0, Math.floor(body.scrollTop / height) - OVERSCAN);
    const last = Math.min(this.shown.length, first + visible + 2 * OVERSCAN);
    const key = `${first} ${last} ${height}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const focused = activeDocument.activeElement?.closest<HTMLElement>(".kith-pv-row")?.dataset.kithPath ?? null;
    spacer.empty();
    const today = this.plugin.today();
    for (let i = first; i < last; i++) {
      const row = this.shown[i];
      if (!row) break;
      const el = this.drawRow(spacer, row, today);
      el.setCssStyles({ top: `${i * height}px` });
      el.setAttribute("aria-rowindex", String(i + 2));
      if (row.path === focused) el.focus();
    }
    // The row Tab lands on: the current one when drawn, else the first in sight.
    const current = spacer.querySelector<HTMLElement>(`[data-kith-path="${CSS.escape(this.current ?? "")}"]`) ?? spacer.querySelector<HTMLElement>(".kith-pv-row");
    current?.setAttribute("tabindex", "0");
    this.contentEl.querySelector(".kith-pv-table")?.setAttribute("aria-rowcount", String(this.shown.length + 1));
  }

  private drawRow(parent: HTMLElement, row: PeopleRow, today: string): HTMLElement {
    const { dateFormat } = this.plugin.settings;
    const texts = cellTexts(row, today, dateFormat);
    const el = parent.createDiv({ cls: "kith-pv-row", attr: { role: "row", tabindex: "-1", "data-kith-path": row.path } });
    for (const column of PEOPLE_COLUMNS) {
      const cell = el.createDiv({ cls: `kith-pv-cell kith-pv-${column}`, attr: { role: "cell" } });
      if (column === "keepInTouch" && texts.keepInTouch !== "") cell.createSpan({ cls: `kith-pv-badge kith-pv-${row.keepInTouch}`, text: texts.keepInTouch });
      else if (column === "needsReview" && row.needsReview) cell.createSpan({ cls: "kith-pv-badge kith-pv-review-badge", text: texts.needsReview });
      // An empty cell stays empty (no text node), so the narrow layout's `:empty` drops its separator.
      else if (texts[column] !== "") cell.setText(texts[column]);
      const title = cellTitle(column, row, texts[column], dateFormat);
      if (title !== "") cell.setAttribute("title", title);
    }
    // Plain listeners: a row lives until the next scroll, and its listeners go with it.
    el.addEventListener("click", () => void this.openPerson(row.path));
    el.addEventListener("keydown", (evt) => this.onRowKey(evt, el, row.path));
    el.addEventListener("focus", () => {
      this.current = row.path;
      for (const other of Array.from(parent.querySelectorAll("[tabindex='0']"))) if (other !== el) other.setAttribute("tabindex", "-1");
      el.setAttribute("tabindex", "0");
    });
    return el;
  }

  /** Enter opens; the arrows move between rows, scrolling the next one into sight. */
  private onRowKey(evt: KeyboardEvent, el: HTMLElement, path: string): void {
    if (evt.key === "Enter") {
      evt.preventDefault();
      void this.openPerson(path);
    } else if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
      evt.preventDefault();
      const index = this.shown.findIndex((r) => r.path === path);
      const next = this.shown[index + (evt.key === "ArrowDown" ? 1 : -1)];
      const body = el.closest<HTMLElement>(".kith-pv-body");
      if (!next || !body) return;
      const height = this.rowHeight();
      const top = (index + (evt.key === "ArrowDown" ? 1 : -1)) * height;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (top + height > body.scrollTop + body.clientHeight) body.scrollTop = top + height - body.clientHeight;
      this.drawRows();
      body.querySelector<HTMLElement>(`[data-kith-path="${CSS.escape(next.path)}"]`)?.focus();
    }
  }

  /** Opens the person's note in the main area. */
  async openPerson(path: string): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(file);
  }
}

/** A saved query, when the saved state holds a well-formed one (a workspace file is user data). */
function queryFrom(state: unknown): PeopleQuery | null {
  const saved = typeof state === "object" && state !== null ? (state as { query?: unknown }).query : undefined;
  if (typeof saved !== "object" || saved === null) return null;
  const q = saved as Record<string, unknown>;
  const optional = (v: unknown): v is string | null => v === null || typeof v === "string";
  const sort = PEOPLE_COLUMNS.find((c) => c === q.sort);
  if (typeof q.text !== "string" || !optional(q.tag) || !optional(q.folder) || !sort || typeof q.descending !== "boolean") return null;
  return { text: q.text, tag: q.tag, folder: q.folder, sort, descending: q.descending };
}
