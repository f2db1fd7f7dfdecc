// Encoding the view into a query string and decoding (validating) one: the link's trust boundary.
import type { Language } from "../../../shared/index.ts";
import { URL_FIELDS, type DecodedUrl, type UrlField, type UrlState } from "./types.ts";

const FIELD_NAMES = Object.keys(URL_FIELDS) as UrlField[];
const isField = (name: string): name is UrlField => (FIELD_NAMES as string[]).includes(name);

export function decodeUrlState(search: string): DecodedUrl {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  const extra: Array<readonly [string, string]> = [];
  const problems: string[] = [];
  for (const [name, value] of params) {
    if (!isField(name)) {
      extra.push([name, value]);
      continue;
    }
    if (name in state) {
      problems.push(`The link names "${name}" twice; the first one is used.`);
      continue;
    }
    const parsed = URL_FIELDS[name].safeParse(value);
    if (parsed.success) state[name] = parsed.data;
    else problems.push(`Ignored "${name}" in the link: ${parsed.error.issues[0]?.message ?? "invalid value"}.`);
  }
  if (extra.length > 0) state.extra = extra;
  return { state: state as UrlState, problems };
}

function encodeValue(value: unknown): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** `?key=value&...` in URL_FIELDS order (commas and colons left readable), or "" for the default view. */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  const put = (name: string, value: string) =>
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%3A/gi, ":")}`);
  for (const name of FIELD_NAMES) {
    const value = state[name];
    if (value !== undefined) put(name, encodeValue(value));
  }
  for (const [name, value] of state.extra ?? []) put(name, value);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** The view to put in a link, already in link ids (slugs). */
export interface LinkView {
  nodes: readonly string[];
  /** Link ids of the whole-graph first view, or null when the session started from an explicit list. */
  initial: readonly string[] | null;
  selected: string | null;
  path: {
    from: string;
    to: string;
    route: number;
    via?: string | null;
    /** The path finder's route order, when not the default (shortest first). */
    order?: "shortest" | "stated" | "specific";
  } | null;
  /** The Cypher editor's text, when it has any. */
  cypher?: string | null;
  language: Language;
  hiddenCategories: readonly string[];
  /** The timeline's as-of date, when one is chosen. */
  asOf?: string | null;
}

/** The shorter of "exactly these nodes" and "the first view, plus and minus these". */
function nodeKeys(view: LinkView): Pick<UrlState, "nodes" | "add" | "hide"> {
  if (view.initial === null) return { nodes: [...view.nodes] };
  const now = new Set(view.nodes);
  const before = new Set(view.initial);
  const add = view.nodes.filter((id) => !before.has(id));
  const hide = view.initial.filter((id) => !now.has(id));
  if (add.length + hide.length > view.nodes.length) return { nodes: [...view.nodes] };
  return { ...(add.length ? { add } : {}), ...(hide.length ? { hide } : {}) };
}

export function urlStateOf(view: LinkView, extra?: UrlState["extra"]): UrlState {
  return {
    ...nodeKeys(view),
    ...(view.selected !== null ? { sel: view.selected } : {}),
    ...(view.path ? { path: [view.path.from, view.path.to] as [string, string], route: view.path.route + 1 } : {}),
    ...(view.path?.via ? { via: view.path.via } : {}),
    ...(view.path?.order && view.path.order !== "shortest" ? { order: view.path.order } : {}),
    ...(view.cypher ? { cypher: view.cypher } : {}),
    ...(view.language !== "en" ? { lang: view.language } : {}),
    ...(view.hiddenCategories.length ? { off: [...view.hiddenCategories] } : {}),
    ...(view.asOf ? { asof: view.asOf } : {}),
    ...(extra?.length ? { extra } : {}),
  };
}
