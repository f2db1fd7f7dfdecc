// The source reader beside the graph: the article with its quoted passages marked, the facts on a picked sentence
// lit on the stage, a relationship clicked anywhere ([data-rel-id]) scrolled to, and how much is left to model.
import "../styles/reader.css";
import {
  factsOfSentence,
  splitSentences,
  type Sentence,
  type SourceFact,
  type SourceReader,
} from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import { h, safeHref } from "../lib/dom.ts";
import type { SidePanels } from "../panels/side-panels.ts";
import { renderFacts } from "./reader-facts.ts";
import { renderText } from "./reader-text.ts";

interface Loaded {
  reader: SourceReader;
  sentences: Sentence[];
  byId: Map<string, SourceFact>;
}

/** The sentences the reader shows: the whole text's, or only the excerpts where the text may not be republished. */
function sentencesOf(reader: SourceReader): Sentence[] {
  if (reader.text !== null) return splitSentences(reader.text);
  return reader.excerpts.map((e) => ({ start: e.start, end: e.start + e.text.length, text: e.text }));
}

function header(reader: SourceReader, modelled: number): HTMLElement {
  const { source } = reader;
  const href = safeHref(source.url);
  const title = source.title ?? source.id;
  const meta = [source.publisher, source.date].filter((v): v is string => !!v).join(" · ");
  const left = reader.sentenceCount - modelled;
  return h(
    "header",
    { class: "reader-head" },
    h(
      "p",
      { class: "reader-title", lang: source.language ?? undefined },
      href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, title) : title,
    ),
    meta ? h("p", { class: "reader-meta muted" }, meta) : null,
    h(
      "p",
      {
        class: "reader-coverage",
        "data-testid": "reader-coverage",
        "data-modelled": modelled,
        "data-sentences": reader.sentenceCount,
      },
      h("strong", {}, `${modelled} of ${reader.sentenceCount} sentences modelled`),
      left > 0 ? ` · ${left} left to model (shown plain)` : " · every sentence is modelled",
    ),
    reader.text === null
      ? h(
          "p",
          { class: "notice", "data-testid": "reader-excerpts-only" },
          "This edition carries only the quoted sentences: the text is not ours to republish. ",
          href
            ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, "Read the whole text at its source")
            : "Its source names no address",
          ".",
        )
      : null,
  );
}

/** Registers the reader as a side panel when the graph has a source with its text; a graph without one gets none. */
export async function mountReader(
  panels: SidePanels,
  store: Store<AppState>,
  actions: Actions,
  api: ApiClient,
): Promise<void> {
  const list = await api.call("sources", {}).catch(() => ({ sources: [] }));
  const withText = list.sources.filter((s) => s.hasText);
  if (withText.length === 0) return;
  const loaded: Loaded[] = [];
  for (const s of withText) {
    const reader = await api.call("source", { params: { id: s.id } });
    loaded.push({ reader, sentences: sentencesOf(reader), byId: new Map(reader.facts.map((f) => [f.id, f])) });
  }
  const body = panels.register("reader", withText.length === 1 ? "Article" : "Sources");
  const root = h("div", { class: "reader", "data-testid": "reader" });
  body.append(root);
  let current = loaded[0] as Loaded;
  let factsBox = h("section");

  const factsOf = (starts: number[]): SourceFact[] => {
    const ids = new Set<string>();
    const out: SourceFact[] = [];
    for (const start of starts) {
      const sentence = current.sentences.find((s) => s.start === start);
      if (!sentence) continue;
      for (const f of factsOfSentence(sentence, current.reader.facts)) {
        if (ids.has(f.id)) continue;
        ids.add(f.id);
        out.push(f);
      }
    }
    return out;
  };

  const draw = () => {
    const picker =
      loaded.length > 1
        ? h(
            "select",
            { class: "reader-source", "aria-label": "Source" },
            ...loaded.map((l) =>
              h(
                "option",
                { value: l.reader.source.id, selected: l === current },
                l.reader.source.title ?? l.reader.source.id,
              ),
            ),
          )
        : null;
    picker?.addEventListener("change", () => {
      current = loaded.find((l) => l.reader.source.id === picker.value) ?? current;
      actions.reader.clear();
      draw();
    });
    const modelled = current.sentences.filter((s) => factsOfSentence(s, current.reader.facts).length > 0).length;
    factsBox = h("section");
    root.replaceChildren(
      ...(picker ? [picker] : []),
      header(current.reader, current.reader.text === null ? current.reader.excerpts.length : modelled),
      factsBox,
      renderText(current.reader, current.sentences),
    );
    showPick();
  };

  const showPick = () => {
    const { sentences, lit, target } = store.get().reader;
    for (const el of root.querySelectorAll<HTMLElement>(".reader-sentence")) {
      el.classList.toggle("picked", sentences.includes(Number(el.dataset.start)));
    }
    const litSet = new Set(lit);
    const targetFact = target && lit.length === 1 && lit[0] === target.fact ? target.fact : null;
    for (const mark of root.querySelectorAll<HTMLElement>("mark.reader-quote")) {
      const ids = (mark.dataset.facts ?? "").split(" ");
      mark.classList.toggle(
        "lit",
        ids.some((id) => litSet.has(id)),
      );
      mark.classList.toggle("target", targetFact !== null && ids.includes(targetFact));
    }
    const facts =
      sentences.length > 0
        ? factsOf(sentences)
        : lit.map((id) => current.byId.get(id)).filter((f): f is SourceFact => !!f);
    const next = renderFacts(facts, sentences.length, (id) => actions.reader.showFact(id));
    factsBox.replaceWith(next);
    factsBox = next;
  };

  root.addEventListener("click", (event) => {
    const sentence = (event.target as Element).closest<HTMLElement>(".reader-sentence.modelled");
    if (!sentence) return;
    const add = event.shiftKey || event.metaKey || event.ctrlKey;
    actions.reader.pick(Number(sentence.dataset.start), (starts) => factsOf(starts).map((f) => f.id), add);
  });
  root.addEventListener("keydown", (event) => {
    const sentence = (event.target as Element).closest<HTMLElement>(".reader-sentence.modelled");
    if (!sentence || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    actions.reader.pick(Number(sentence.dataset.start), (starts) => factsOf(starts).map((f) => f.id), event.shiftKey);
  });

  // A relationship anywhere on the page (details, path hops, captions) carries data-rel-id: go to its sentence.
  document.body.classList.add("has-reader");
  document.addEventListener("click", (event) => {
    const el = (event.target as Element | null)?.closest<HTMLElement>("[data-rel-id]");
    const id = el?.dataset.relId;
    if (!id || !loaded.some((l) => l.byId.has(id))) return;
    actions.reader.showFact(id);
  });

  const goTo = (fact: string) => {
    const owner = loaded.find((l) => l.byId.has(fact));
    if (!owner) return;
    if (owner !== current) {
      current = owner;
      draw();
    }
    panels.open("reader");
    const mark = root.querySelector<HTMLElement>(`mark.reader-quote.target`);
    mark?.closest(".reader-sentence")?.scrollIntoView({ block: "center", behavior: "auto" });
  };

  store.watch((s) => s.reader.sentences, showPick);
  store.watch((s) => s.reader.lit, showPick);
  store.watch(
    (s) => s.reader.target,
    (target) => {
      if (!target) return;
      showPick();
      goTo(target.fact);
    },
  );
  actions.reader.setAvailable(true);
  draw();
}
