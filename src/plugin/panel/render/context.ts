import type { PanelActions } from "../actions";

export interface RenderContext {
  actions: PanelActions;
  /** Keys of the sections the user collapsed. */
  collapsed: Set<string>;
  /** Keys of the long lists the user asked to see in full. */
  expanded: Set<string>;
}
