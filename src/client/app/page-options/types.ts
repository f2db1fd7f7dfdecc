// How the page opens, read once from the URL. The view's own keys (nodes, sel, path...) live in url-state.
import type { ThemeName } from "../../core/theme/index.ts";

export interface PageOptions {
  /** embed=1: a read-only view for a course page or an iframe: no editor, no query panel. */
  embed: boolean;
  /** theme=light|dark: overrides the remembered theme for this visit. */
  theme: ThemeName | null;
  /** present=1: open straight into presentation mode with the default story. */
  present: boolean;
  /** query=<saved query name>: open that saved query and run it with its defaults. */
  query: string | null;
  /** live=<session id>: follow that live session (the teacher's link). */
  live: string | null;
}
