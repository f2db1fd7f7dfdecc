// The timeline strip under the stage: the stage's dated facts as marks on a year axis (undated ones counted apart),
// the as-of slider, "hide not yet true", and Play (the time story in presentation mode).
import { asOfDay, describeTime, factStatus, stepDate } from "../../shared/index.ts";
import type { Story } from "../core/presentation/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { nodeCaption } from "../lib/appearance/index.ts";
import type { Store } from "../lib/create-store.ts";
import { h } from "../lib/dom.ts";
import { toWireNode, type ExplorerGraph } from "../lib/graph/index.ts";
import {
  axisPercent,
  layoutMarks,
  sliderIndex,
  sliderMonths,
  timelineOf,
  type DatedFact,
  type Mark,
  type Timeline,
} from "../lib/timeline/index.ts";
import { followTimeStory, timeStory } from "./time-story.ts";

/** Marks drawn at most: beyond this the strip says how many more there are (a generated graph may date many). */
const MAX_MARKS = 1_500;
const MAX_LANES = 8;
const LANE_PX = 12;

export function mountTimelineStrip(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  actions: Actions,
): void {
  let timeline: Timeline = { facts: [], undated: 0, years: null };
  let months: string[] = [];
  let story: Story | null = null;

  const count = h("span", { class: "timeline-count", "data-testid": "timeline-count" });
  const asOfText = h("output", { class: "timeline-asof-value", "data-testid": "timeline-asof" });
  const slider = h("input", {
    type: "range",
    class: "timeline-slider",
    min: 0,
    step: 1,
    "aria-label": "As of date",
    "data-testid": "timeline-slider",
  });
  const hide = h("input", { type: "checkbox", "data-testid": "timeline-hide" });
  const play = h(
    "button",
    { type: "button", class: "timeline-play", "data-testid": "timeline-play", title: "Play the dated facts forward" },
    "▶ Play",
  );
  const controls = h(
    "div",
    { class: "timeline-controls" },
    h("label", { class: "timeline-asof" }, "As of ", asOfText),
    slider,
    h("label", { class: "timeline-hide" }, hide, " hide not yet true"),
    play,
  );
  const track = h("div", { class: "timeline-track", "data-testid": "timeline-track" });
  const tip = h("div", { class: "timeline-tip", role: "tooltip", id: "timeline-tip", "data-testid": "timeline-tip" });
  tip.hidden = true;
  const empty = h("p", { class: "timeline-empty muted", "data-testid": "timeline-empty" });
  root.replaceChildren(
    h("div", { class: "timeline-head" }, h("h2", { class: "timeline-title" }, "Timeline"), count, controls),
    track,
    empty,
    tip,
  );
  root.hidden = false;
  // The stage's floating controls (zoom, hint) move up by the strip's height (see timeline.css).
  new ResizeObserver(() => root.parentElement?.style.setProperty("--timeline-h", `${root.offsetHeight}px`)).observe(
    root,
  );

  const language = () => store.get().preferences.language;
  const perspective = () => store.get().perspective.current;

  const render = () => {
    timeline = timelineOf(graph);
    story = timeStory(graph, timeline);
    const dated = timeline.facts.length;
    root.dataset.dated = String(dated);
    count.textContent = `${dated} dated ${dated === 1 ? "fact" : "facts"} · ${timeline.undated} undated`;
    controls.hidden = dated === 0;
    track.hidden = dated === 0;
    empty.hidden = dated > 0;
    play.disabled = story === null;
    if (dated === 0) {
      const size = graph.size;
      empty.textContent =
        size === 0
          ? "No dated facts: nothing on the stage yet."
          : `No dated facts: none of the ${size} relationships on the stage has a "when".`;
      track.replaceChildren();
      return;
    }
    months = sliderMonths(timeline.years!);
    slider.max = String(months.length);
    drawTrack();
    showAsOf();
  };

  const drawTrack = () => {
    const years = timeline.years!;
    const marks = layoutMarks(timeline).slice(0, MAX_MARKS);
    const lanes = Math.min(MAX_LANES, Math.max(1, ...marks.map((m) => m.lane + 1)));
    track.style.setProperty("--lanes", String(lanes));
    const ticks: HTMLElement[] = [];
    const step = Math.max(1, Math.ceil((years.to - years.from + 1) / 12));
    for (let year = years.from; year <= years.to; year += step)
      ticks.push(
        h("span", { class: "timeline-tick", style: `left:${axisPercent(years, `${year}-01-01`)}%` }, String(year)),
      );
    const more = timeline.facts.length - marks.length;
    track.replaceChildren(
      ...ticks,
      ...marks.map((mark) => markButton(mark, Math.min(mark.lane, MAX_LANES - 1))),
      h("div", { class: "timeline-now", "data-testid": "timeline-now", "aria-hidden": "true" }),
      ...(more > 0 ? [h("span", { class: "timeline-more" }, `+${more} more`)] : []),
    );
  };

  const markButton = (mark: Mark, lane: number): HTMLElement => {
    const { fact } = mark;
    const button = h(
      "button",
      {
        type: "button",
        class: `timeline-mark kind-${fact.time.kind} fact-${fact.kind}${fact.time.start === null ? " open-start" : ""}${fact.time.end === null && fact.time.kind === "period" ? " open-end" : ""}`,
        style: `left:${mark.left}%;width:${mark.width}%;top:${lane * LANE_PX + 18}px`,
        "data-testid": "timeline-mark",
        "data-key": fact.key,
        "data-when": fact.time.text,
        "aria-label": `${factTitle(fact)}, ${timeWords(fact)}`,
        "aria-describedby": "timeline-tip",
      },
      "",
    );
    const show = () => showTip(fact, button);
    button.addEventListener("mouseenter", show);
    button.addEventListener("focus", show);
    button.addEventListener("mouseleave", () => (tip.hidden = true));
    button.addEventListener("blur", () => (tip.hidden = true));
    // Going to a fact's date: the stage shows the graph as the article describes it then.
    button.addEventListener("click", () => actions.time.setAsOf(stepDate(fact.time)));
    return button;
  };

  const factTitle = (fact: DatedFact): string => {
    const name = (key: string) => nodeCaption(toWireNode(graph, key), perspective(), language());
    if (fact.kind === "event" || fact.target === null) return `${name(fact.source)} (${fact.type})`;
    return `${name(fact.source)} — ${fact.type} → ${name(fact.target)}`;
  };

  const showTip = (fact: DatedFact, anchor: HTMLElement) => {
    if (!graph.hasNode(fact.source)) return;
    tip.replaceChildren(
      h("p", { class: "timeline-tip-fact", lang: language() }, factTitle(fact)),
      h("p", { class: "timeline-tip-when" }, timeWords(fact)),
      ...(fact.quote
        ? [
            h(
              "blockquote",
              { class: "timeline-tip-quote", lang: "ja", "data-testid": "timeline-tip-quote" },
              `「${fact.quote}」`,
            ),
          ]
        : []),
    );
    tip.hidden = false;
    const box = root.getBoundingClientRect();
    const at = anchor.getBoundingClientRect();
    const left = Math.min(Math.max(0, at.left - box.left), Math.max(0, box.width - tip.offsetWidth));
    tip.style.left = `${left}px`;
  };

  const showAsOf = () => {
    const { asOf, hideNotYet } = store.get().time;
    hide.checked = hideNotYet;
    if (!timeline.years) return;
    slider.value = String(sliderIndex(months, asOf));
    asOfText.textContent = asOf ?? "every date";
    slider.setAttribute("aria-valuetext", asOf ?? "every date");
    const now = track.querySelector<HTMLElement>(".timeline-now");
    const day = asOf === null ? null : asOfDay(asOf);
    if (now) {
      now.hidden = day === null;
      if (day) now.style.left = `${axisPercent(timeline.years, day)}%`;
    }
    for (const button of track.querySelectorAll<HTMLElement>(".timeline-mark")) {
      const fact = timeline.facts.find((f) => f.key === button.dataset.key);
      button.dataset.status = fact && day ? factStatus(fact.time, day) : "current";
    }
  };

  slider.addEventListener("input", () => {
    const i = Number(slider.value);
    actions.time.setAsOf(i >= months.length ? null : (months[i] ?? null));
  });
  hide.addEventListener("change", () => actions.time.setHideNotYet(hide.checked));
  play.addEventListener("click", () => {
    if (story) actions.presentation.start(story);
  });
  followTimeStory(store, actions, (s) => s === story || s.title.startsWith("The story in time:"));

  // The graph grows node by node while a view loads: one redraw per frame, not per event.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, schedule);
  store.watch((s) => s.time, showAsOf);
  store.watch((s) => s.preferences.language, schedule);
  render();
}

function timeWords(fact: DatedFact): string {
  const words = describeTime(fact.time);
  return fact.wording ? `${words} (${fact.wording})` : words;
}
