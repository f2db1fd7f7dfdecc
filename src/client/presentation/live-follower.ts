// A student's side of live follow: the page opened with ?live=<id> shows the teacher's story, step, language and
// camera as they change; looking around on one's own pauses it, and "Follow the teacher" comes back to the current step.
import type { LiveView } from "../../shared/index.ts";
import { ApiRequestError, type ApiClient } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import { h } from "../lib/dom.ts";
import { liveSocketUrl, openLiveSocket } from "./live-socket.ts";
import type { PresentationHandle } from "./presentation-controller.ts";

export interface LiveFollowerDeps {
  root: HTMLElement;
  stage: HTMLElement;
  store: Store<AppState>;
  actions: Actions;
  source: ApiClient;
  presentation: PresentationHandle;
}

/** The keys presentation mode steps with: a student pressing one is looking around on their own. */
const STEP_KEYS = new Set([
  "ArrowRight",
  "ArrowLeft",
  "ArrowUp",
  "ArrowDown",
  " ",
  "PageUp",
  "PageDown",
  "Home",
  "End",
  "Escape",
  "Backspace",
]);

export function mountLiveFollower(id: string, deps: LiveFollowerDeps): void {
  const { root, stage, store, actions, source, presentation } = deps;
  actions.live.follow(id);

  const text = h("span", { class: "live-bar-text", "data-testid": "live-status" });
  const follow = h(
    "button",
    { type: "button", class: "tool-button live-follow", "data-testid": "live-follow" },
    "Follow the teacher",
  );
  follow.addEventListener("click", () => actions.live.followAgain());
  const bar = h(
    "div",
    { class: "live-bar", role: "status", "aria-live": "polite", "data-testid": "live-bar" },
    text,
    follow,
  );
  root.append(bar);

  const render = () => {
    const { live } = store.get();
    bar.dataset.connection = live.connection;
    bar.dataset.following = String(live.following);
    follow.hidden = live.following || live.connection === "ended" || live.connection === "unavailable";
    const step = live.view ? ` · ${live.view.caption}` : "";
    text.textContent =
      live.connection === "ended" || live.connection === "unavailable"
        ? (live.message ?? "This live session has ended.")
        : live.connection === "reconnecting"
          ? "Connection lost: reconnecting to the teacher…"
          : live.connection === "connecting"
            ? "Joining the teacher's live session…"
            : live.following
              ? `● Following the teacher live${step}`
              : `You are looking around on your own${step ? ` · the teacher is at${step.slice(2)}` : ""}`;
  };
  store.watch((s) => s.live, render);
  render();

  // The teacher's view onto this page, while following.
  let shown: LiveView | null = null;
  const apply = (force: boolean) => {
    const { live, preferences } = store.get();
    const view = live.view;
    if (!live.following || !view || live.connection === "ended") return;
    if (view.language !== preferences.language) actions.preferences.setLanguage(view.language);
    const before = store.get().presentation;
    if (view.story) actions.presentation.show(view.story, view.step);
    // The same step with another camera (or a return to following): frame it again; a new step frames itself.
    const moved = store.get().presentation !== before;
    if (!moved && (force || shown?.camera !== view.camera)) presentation.reframe();
    shown = view;
  };
  store.watch(
    (s) => s.live,
    (live, previous) => {
      // After this update has reached every watcher: a change made inside a watcher would reach the later ones twice.
      if (live.view !== previous.view || live.following !== previous.following)
        queueMicrotask(() => apply(live.following && !previous.following));
    },
  );

  // Looking around: a click, drag or wheel on the stage, or a presentation key.
  const pause = () => store.get().live.following && actions.live.lookAround();
  stage.addEventListener("pointerdown", pause, { capture: true });
  stage.addEventListener("wheel", pause, { capture: true, passive: true });
  document.addEventListener(
    "keydown",
    (event) => {
      if (STEP_KEYS.has(event.key) && !(event.target instanceof HTMLButtonElement)) pause();
    },
    { capture: true },
  );

  const connect = () =>
    openLiveSocket(liveSocketUrl(id, "follow"), {
      onOpen: () => actions.live.connected(),
      onMessage: (message) => {
        if (message.type === "state") actions.live.state(message.seq, message.view, message.followers);
        else if (message.type === "view") actions.live.patch(message.seq, message.patch);
        else if (message.type === "ended") actions.live.ended(message.message);
        else if (message.type === "refused") actions.live.refused(message.message);
      },
      onDrop: () => actions.live.disconnected(),
    });
  // Asked over HTTP first: the offline edition answers that live follow needs the server, an ended link says so.
  source.call("liveStatus", { params: { id } }).then(
    (status) => {
      actions.live.state(status.seq, status.view, status.followers);
      connect();
    },
    (error: unknown) => {
      if (error instanceof ApiRequestError && error.httpStatus === 409) actions.live.unavailable(error.message);
      else if (error instanceof ApiRequestError && (error.httpStatus === 410 || error.httpStatus === 404))
        actions.live.ended(error.message);
      else connect();
    },
  );
  apply(true);
}
