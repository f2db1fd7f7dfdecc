// The path finder: two search-as-you-type endpoints, the k shortest paths as a list of routes, and
// the chosen route's hops with the article's sentence behind each.
import type { ApiClient } from "../api/index.ts";
import { claimLine, factKindMark } from "../lib/fact-kind-mark.ts";
import type { GraphPath, PathsResponse } from "../../shared/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { nodeCaption, nodeColor, relationshipPhrase } from "../lib/appearance/index.ts";
import type { Perspective } from "../../shared/index.ts";
import type { Catalog } from "../lib/catalog/index.ts";
import type { Language } from "../../shared/index.ts";
import { inferredHops, rankRoutes, ROUTE_ORDERS, type PathsState, type RouteOrder } from "../core/paths/index.ts";
import { h } from "../lib/dom.ts";
import { quoteTranslation } from "../lib/quote-translation.ts";
import type { Store } from "../lib/create-store.ts";
import type { PathCommands } from "../commands/path-command.ts";
import { mountCombobox } from "../search/search-combobox.ts";
import { nodeKey, type NoteTarget } from "../../shared/index.ts";
import type { NotesView } from "../details/notes-view.ts";
import type { NoteCommands } from "../details/note-commands.ts";

/** The language and the perspective: how names and relationship types read. */
interface Looks {
  language: Language;
  perspective: Perspective | null;
  /** A target's notes for a hop (read-only list, folded form); absent where notes are not shown. */
  notes?: (target: NoteTarget) => HTMLElement;
}

/** A node's note target: its slug when the catalog knows the node, else its element id. */
function nodeTarget(catalog: Catalog, key: string): NoteTarget {
  const node = catalog.nodes.get(key);
  return { kind: "node", id: node ? nodeKey(node) : key };
}

/** What a hop's notes are about: the node it starts from (first hop only), its relationship, the node it reaches. */
function hopTargets(path: GraphPath, catalog: Catalog): Array<Array<{ target: NoteTarget; node: string | null }>> {
  return path.hops.map((hop, i) => [
    ...(i === 0 ? [{ target: nodeTarget(catalog, hop.from), node: hop.from }] : []),
    { target: { kind: "relationship" as const, id: hop.relationship.id }, node: null },
    { target: nodeTarget(catalog, hop.to), node: hop.to },
  ]);
}

function nodeName(catalog: Catalog, key: string, { language, perspective }: Looks): HTMLElement {
  const node = catalog.nodes.get(key);
  const dot = h("span", { class: "dot", "aria-hidden": "true" });
  if (node) dot.style.backgroundColor = nodeColor(node.labels, perspective);
  return h("span", { class: "node-ref", lang: language }, dot, node ? nodeCaption(node, perspective, language) : key);
}

function routeSummary(path: GraphPath, catalog: Catalog, { language, perspective }: Looks): string {
  const names = path.nodes.map((key) => {
    const node = catalog.nodes.get(key);
    return node ? nodeCaption(node, perspective, language) : key;
  });
  return `${path.length} hop${path.length === 1 ? "" : "s"}: ${names.join(" → ")}`;
}

function hopList(path: GraphPath, catalog: Catalog, looks: Looks): HTMLElement {
  const targets = hopTargets(path, catalog);
  return h(
    "ol",
    { class: "hop-list", "data-testid": "path-hops" },
    ...path.hops.map((hop, i) => {
      const forward = hop.relationship.start === hop.from;
      const { quote, note } = hop.relationship.properties;
      const phrase = relationshipPhrase(hop.relationship.type, looks.perspective, looks.language);
      const inferred = typeof note === "string" && note.trim() !== "";
      return h(
        "li",
        {
          class: inferred ? "hop hop-inferred" : "hop",
          "data-testid": "path-hop",
          "data-rel-type": hop.relationship.type,
          "data-inferred": String(inferred),
        },
        h(
          "div",
          { class: "rel-head" },
          nodeName(catalog, hop.from, looks),
          h(
            "span",
            {
              class: "rel-type",
              lang: looks.language,
              title: `${hop.relationship.type}: ${forward ? "follows the relationship's direction" : "against the relationship's direction"}`,
            },
            forward ? `${phrase} →` : `← ${phrase}`,
          ),
          nodeName(catalog, hop.to, looks),
          // Said in words, not only by colour: stated, a claim or plan, or our inference.
          factKindMark(hop.relationship.properties),
        ),
        typeof quote === "string" && quote !== ""
          ? h("blockquote", { class: "rel-quote", lang: "ja", "data-rel-id": hop.relationship.id }, quote)
          : null,
        quoteTranslation(hop.relationship.properties),
        // A hop that is our inference, not the article's statement, says so where the route is read.
        typeof note === "string" && note !== "" ? h("p", { class: "rel-note", "data-testid": "hop-note" }, note) : null,
        claimLine(hop.relationship.properties),
        ...(looks.notes ? targets[i]!.map(({ target, node }) => hopNotes(target, node, catalog, looks)) : []),
      );
    }),
  );
}

/** A hop's notes on one of its targets, labelled with what they are about; nothing when it has none. */
function hopNotes(target: NoteTarget, node: string | null, catalog: Catalog, looks: Looks): HTMLElement | null {
  // A target without notes takes no room on a route; one with notes shows them and a folded form for one more.
  const section = looks.notes!(target);
  if (!section.querySelector("[data-testid=note]")) return null;
  const about = node === null ? h("span", {}, "this relationship") : nodeName(catalog, node, looks);
  return h(
    "div",
    { class: "hop-notes", "data-testid": "hop-notes", "data-target": `${target.kind}:${target.id}` },
    h("p", { class: "muted note-about" }, "Notes on ", about),
    section,
  );
}

/** The route order chooser; changing it shows the first route of the new order. */
function orderChooser(order: RouteOrder, onChange: (order: RouteOrder) => void): HTMLElement {
  const select = h(
    "select",
    { "data-testid": "route-order", "aria-label": "Order of the routes" },
    ...ROUTE_ORDERS.map(({ id, label }) => {
      const option = h("option", { value: id }, label);
      option.selected = id === order;
      return option;
    }),
  );
  select.addEventListener("change", () => onChange(select.value as RouteOrder));
  return h("label", { class: "route-order" }, "Order ", select);
}

/** Said when the server stopped searching at its time budget (big graphs, around hubs): the list is not all. */
function truncatedNote(response: PathsResponse): HTMLElement | null {
  if (!response.truncated) return null;
  const { budgetMs } = response.truncated;
  const after =
    budgetMs < 1000 ? `${budgetMs} ms` : `${(budgetMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 })} s`;
  const text = response.paths.length
    ? `Search stopped after ${after}: these are the routes found by then; more, or others as short, may exist.`
    : `Search stopped after ${after} before it found a route; one may still exist.`;
  return h("p", { class: "notice", role: "status", "data-testid": "path-truncated" }, text);
}

function results(
  state: PathsState,
  catalog: Catalog,
  looks: Looks,
  commands: PathCommands,
  ordering: { order: RouteOrder; onChange: (order: RouteOrder) => void },
): HTMLElement[] {
  const { result } = state;
  if (result.status === "idle")
    return [h("p", { class: "muted" }, "Choose two entities to see how they are connected.")];
  if (result.status === "loading") return [h("p", { class: "muted", "aria-busy": "true" }, "Finding paths…")];
  if (result.status === "error")
    return [
      h("p", { class: "notice notice-error", role: "alert" }, `${result.failure.title}: ${result.failure.message}`),
    ];
  const { response, route } = result;
  const cutShort = truncatedNote(response);
  if (response.paths.length === 0)
    return [cutShort ?? h("p", { class: "notice" }, "No path within 6 hops connects these two.")];
  const direction =
    response.direction === "out"
      ? "following relationship directions"
      : "in either direction (no directed path exists)";
  const ranked = rankRoutes(response.paths, ordering.order, (key) => catalog.incident.get(key)?.size ?? 0);
  const routes = ranked.map((i, position) => {
    const path = response.paths[i]!;
    const item = h(
      "button",
      {
        type: "button",
        class: "route",
        "aria-pressed": String(i === route),
        "data-testid": "path-route",
        "data-index": i,
        "data-inferred": inferredHops(path),
      },
      h("span", { class: "route-index" }, String(position + 1)),
      routeSummary(path, catalog, looks),
      inferredHops(path) > 0
        ? h(
            "span",
            { class: "badge inference-mark", "data-testid": "route-inferred" },
            ` · ${inferredHops(path)} inferred hop${inferredHops(path) === 1 ? "" : "s"}`,
          )
        : null,
    );
    item.addEventListener("click", () => commands.selectRoute(i));
    return h("li", {}, item);
  });
  const current = response.paths[route];
  return [
    h(
      "p",
      { class: "muted", "data-testid": "path-count" },
      `${response.paths.length} shortest path${response.paths.length === 1 ? "" : "s"}, ${direction}.`,
    ),
    ...(cutShort ? [cutShort] : []),
    orderChooser(ordering.order, ordering.onChange),
    h("ol", { class: "route-list", "aria-label": "Paths" }, ...routes),
    h("h3", {}, `Path ${ranked.indexOf(route) + 1}, hop by hop`),
    ...(current ? [hopList(current, catalog, looks)] : []),
  ];
}

export function mountPathPanel(
  body: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  source: ApiClient,
  catalog: Catalog,
  commands: PathCommands,
  /** The story being told (the presentation's), whose chain the path finder can show; null when there is none. */
  story?: () => Promise<{ title: string; nodes: string[] } | null>,
  notes?: { view: NotesView; commands: NoteCommands },
): void {
  const fields = h("div", { class: "path-fields" });
  const output = h("div", { class: "path-results", "aria-live": "polite", "data-testid": "path-results" });
  const swap = h(
    "button",
    { type: "button", class: "tool-button", "data-testid": "path-swap", title: "Swap the two ends" },
    "⇅ Swap",
  );
  const clear = h("button", { type: "button", class: "tool-button", "data-testid": "path-clear" }, "Clear");
  swap.addEventListener("click", () => commands.swap());
  clear.addEventListener("click", () => commands.clear());
  const row = h("div", { class: "tool-row" }, swap, clear);
  // One click from an empty path finder to the story's chain, chosen among the other routes between its ends.
  const follow = h(
    "button",
    { type: "button", class: "tool-button", "data-testid": "path-story", title: "Show the story's chain here" },
    "Follow the story",
  );
  follow.hidden = !story;
  // Said, not silent, when there is nothing to follow: a graph without a story, or one whose steps are not a chain.
  const followNote = h("p", { class: "notice", role: "status", "data-testid": "path-story-note", hidden: "" });
  follow.addEventListener("click", () => {
    followNote.hidden = true;
    void story?.().then((found) => {
      if (found) return commands.followChain(found.nodes);
      followNote.textContent =
        "No story to follow here: this graph has no story, or its steps do not run as one chain from start to end.";
      followNote.hidden = false;
    });
  });
  row.append(follow);
  body.append(fields, row, followNote, output);
  const from = mountCombobox(fields, store, actions, source, {
    field: "from",
    label: "From",
    placeholder: "e.g. 馬雲",
    onChoose: (hit) => commands.setEndpoint("from", hit.node.id, hit.node),
  });
  const to = mountCombobox(fields, store, actions, source, {
    field: "to",
    label: "To",
    placeholder: "e.g. Apple",
    onChoose: (hit) => commands.setEndpoint("to", hit.node.id, hit.node),
  });
  // An optional stop every route passes through (two legs of the paths endpoint, joined: core/paths/through.ts).
  const via = mountCombobox(fields, store, actions, source, {
    field: "via",
    label: "Through (optional)",
    placeholder: "e.g. Eddie Wu",
    onChoose: (hit) => commands.setEndpoint("via", hit.node.id, hit.node),
  });
  const noVia = h(
    "button",
    { type: "button", class: "tool-button", "data-testid": "path-via-clear", title: "Route without the stop" },
    "No stop",
  );
  noVia.addEventListener("click", () => commands.setEndpoint("via", null));
  row.append(noVia);

  // How the routes are offered (core/paths/ranking.ts); a new order shows its first route on the stage.
  const reorder = (next: RouteOrder) => {
    actions.paths.setOrder(next);
    const { result } = store.get().paths;
    if (result.status !== "ready") return;
    const first = rankRoutes(result.response.paths, next, (key) => catalog.incident.get(key)?.size ?? 0)[0];
    if (first !== undefined && first !== result.route) commands.selectRoute(first);
  };
  const render = () => {
    const { paths, preferences, perspective } = store.get();
    const looks: Looks = {
      language: preferences.language,
      perspective: perspective.current,
      ...(notes ? { notes: (target: NoteTarget) => notes.view.section(target, { compact: true }) } : {}),
    };
    if (notes && paths.result.status === "ready") {
      const shown = paths.result.response.paths[paths.result.route];
      if (shown) notes.commands.load(hopTargets(shown, catalog).flatMap((hop) => hop.map((t) => t.target)));
    }
    const name = (key: string | null) => {
      const node = key === null ? undefined : catalog.nodes.get(key);
      return node && key ? nodeCaption(node, looks.perspective, preferences.language) : "";
    };
    from.setText(name(paths.from));
    to.setText(name(paths.to));
    via.setText(name(paths.via));
    noVia.hidden = paths.via === null;
    // Choosing a route redraws the list: keep keyboard focus on the route that was chosen.
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-testid=path-route]");
    const refocus = focused && output.contains(focused) ? focused.dataset.index : undefined;
    output.replaceChildren(...results(paths, catalog, looks, commands, { order: paths.order, onChange: reorder }));
    if (refocus !== undefined)
      output.querySelector<HTMLElement>(`[data-testid=path-route][data-index="${refocus}"]`)?.focus();
  };
  render();
  store.watch((s) => s.paths, render);
  store.watch((s) => s.preferences.language, render);
  store.watch((s) => s.perspective.current, render);
  store.watch((s) => s.notes, render);
}
