// The teacher's side of live follow: Share live in presentation mode starts a session, then every step, language
// and camera change goes to the class over the session's socket, until Stop live.
import { IDENTITY_CAMERA, LIVE_LINK_KEY, type LiveCamera, type LiveView } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import { relativeCamera } from "../core/live/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import { h } from "../lib/dom.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { liveViewOf, viewPatch } from "./live-view.ts";
import { liveSocketUrl, openLiveSocket, type LiveSocket } from "./live-socket.ts";
import { renderSharePanel } from "./live-share-panel.ts";
import type { PresentationHandle } from "./presentation-controller.ts";

export interface LiveTeacherDeps {
  root: HTMLElement;
  store: Store<AppState>;
  actions: Actions;
  source: ApiClient;
  sigma: ExplorerSigma;
  presentation: PresentationHandle;
  toast: (message: string) => void;
}

/** The camera settles this long after the last movement before it is sent (a step's framing animates 400 ms). */
const CAMERA_SETTLE_MS = 200;

const STORAGE_KEY = "kg-live-teacher";

function remember(id: string, key: string): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ id, key }));
}

function recall(): { id: string; key: string } | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as { id?: unknown; key?: unknown } | null;
    return typeof value?.id === "string" && typeof value.key === "string" ? { id: value.id, key: value.key } : null;
  } catch {
    return null;
  }
}

function forget(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export function followLink(id: string, base: Location = location): string {
  return `${base.origin}${base.pathname}?${LIVE_LINK_KEY}=${id}`;
}

export function mountLiveTeacher({ root, store, actions, source, sigma, presentation, toast }: LiveTeacherDeps): void {
  const shareButton = h(
    "button",
    { type: "button", class: "tool-button live-share-button", "data-testid": "live-share-button" },
    "Share live",
  );
  const badge = h("div", { class: "live-badge", "data-testid": "live-badge" });
  const panelBox = h("div", { class: "live-share-box" });
  root.append(shareButton, badge, panelBox);

  let socket: LiveSocket | null = null;
  let sent: LiveView | null = null;
  let camera: LiveCamera = IDENTITY_CAMERA;
  let panel: { link: string; followers: HTMLElement } | null = null;

  const current = (): LiveView => {
    const s = store.get();
    return liveViewOf(s.presentation, s.preferences.language, s.perspective.current, camera);
  };
  /** Sends what changed since the last message; the whole view after a (re)connect (`sent` is null then). */
  const push = (send: (message: object) => void = (m) => socket?.send(m)) => {
    if (store.get().live.connection !== "open" && sent !== null) return;
    // A reloaded teacher page has no story until it presents again: the class keeps the last step meanwhile.
    if (!store.get().presentation.story) return;
    const next = current();
    const patch = viewPatch(sent, next);
    if (!patch) return;
    sent = next;
    send({ type: "view", patch, sentAt: Date.now() });
  };

  const stop = () => {
    forget();
    socket?.send({ type: "stop" });
    socket?.close();
    socket = null;
    sent = null;
    actions.live.leave();
  };

  const connect = (id: string, teacherKey: string) => {
    socket = openLiveSocket(liveSocketUrl(id, "teach"), {
      onOpen: (send) => {
        send({ type: "hello", key: teacherKey });
        sent = null;
        push(send);
      },
      onMessage: (message) => {
        if (message.type === "state") actions.live.state(message.seq, message.view, message.followers);
        else if (message.type === "followers") actions.live.followers(message.followers);
        else if (message.type === "refused") actions.live.refused(message.message);
        else if (message.type === "ended") {
          socket = null;
          forget();
          actions.live.leave();
          toast(message.message);
        }
      },
      onDrop: () => {
        sent = null;
        actions.live.disconnected();
      },
    });
  };

  const share = async () => {
    if (store.get().live.role === "teacher") return actions.live.share(true);
    let started;
    try {
      started = await source.call("liveStart", { body: {} });
    } catch (error) {
      return toast(error instanceof Error ? error.message : String(error));
    }
    actions.live.teach(started.id);
    remember(started.id, started.teacherKey);
    connect(started.id, started.teacherKey);
  };
  // A reloaded teacher page takes its session back (within the grace period): the key is kept for this tab only.
  const saved = recall();
  if (saved)
    source.call("liveStatus", { params: { id: saved.id } }).then(() => {
      actions.live.teach(saved.id);
      actions.live.share(false);
      connect(saved.id, saved.key);
    }, forget);
  shareButton.addEventListener("click", () => void share());

  const showLink = h("button", { type: "button", class: "tool-button", "data-testid": "live-show-link" }, "Show link");
  showLink.addEventListener("click", () => actions.live.share(true));
  const stopButton = h(
    "button",
    { type: "button", class: "tool-button live-stop", "data-testid": "live-badge-stop" },
    "Stop live",
  );
  stopButton.addEventListener("click", stop);
  const badgeText = h("span", { class: "live-badge-text", "data-testid": "live-badge-text" });
  badge.append(badgeText, showLink, stopButton);

  const render = () => {
    const { live, presentation: p } = store.get();
    const teaching = live.role === "teacher";
    shareButton.hidden = teaching || !p.active;
    badge.hidden = !teaching || live.shareOpen;
    const state = live.connection === "open" ? "Live" : "Reconnecting…";
    badgeText.textContent = `● ${state} · ${live.followers} following`;
    if (!teaching || !live.shareOpen || !live.id) {
      panel = null;
      return panelBox.replaceChildren();
    }
    const link = followLink(live.id);
    if (panel?.link !== link) {
      const element = renderSharePanel(link, live.followers, { close: () => actions.live.share(false), stop });
      panel = { link, followers: element.querySelector<HTMLElement>(".live-followers")! };
      panelBox.replaceChildren(element);
    }
    panel.followers.textContent = `${live.followers} following${live.message ? ` · ${live.message}` : ""}`;
  };
  store.watch((s) => s.live, render);
  store.watch((s) => s.presentation.active, render);
  render();

  // Every step, story and language change goes out as it happens.
  store.watch(
    (s) => s.presentation,
    () => {
      // A new step is framed afresh: the camera counts from that frame again.
      camera = IDENTITY_CAMERA;
      if (store.get().live.role === "teacher") push();
    },
  );
  store.watch(
    (s) => s.preferences.language,
    () => store.get().live.role === "teacher" && push(),
  );
  // The camera once it holds still: where the teacher looks, relative to the step's own frame.
  let settle: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", () => {
    if (store.get().live.role !== "teacher") return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      const frame = presentation.frameTarget();
      if (!frame || sigma.getCamera().isAnimated()) return;
      camera = relativeCamera(sigma.getCamera().getState(), frame);
      push();
    }, CAMERA_SETTLE_MS);
  });
}
