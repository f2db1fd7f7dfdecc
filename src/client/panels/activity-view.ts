// Says what is loading and how the last command went (errors included), over the stage, never in the console.
import type { Actions, AppState } from "../core/store/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

/** Good news fades; errors stay until dismissed or replaced. */
const INFO_MS = 8_000;

export function mountActivityView(element: HTMLElement, store: Store<AppState>, actions: Actions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    const { pending, message } = store.get().activity;
    clearTimeout(timer);
    const parts: HTMLElement[] = [];
    if (pending)
      parts.push(
        h(
          "p",
          { class: "activity-item", role: "status", "data-testid": "activity-pending" },
          h("span", { class: "spinner small", "aria-hidden": "true" }),
          pending,
        ),
      );
    if (message) {
      const dismiss = h("button", { type: "button", class: "icon-button small", "aria-label": "Dismiss message" }, "×");
      dismiss.addEventListener("click", () => actions.activity.dismiss());
      parts.push(
        h(
          "p",
          {
            class: `activity-item ${message.tone === "error" ? "notice-error" : ""}`,
            role: message.tone === "error" ? "alert" : "status",
            "data-testid": "activity-message",
            "data-tone": message.tone,
          },
          h("span", {}, message.text),
          dismiss,
        ),
      );
      if (message.tone === "info") timer = setTimeout(() => actions.activity.dismiss(), INFO_MS);
    }
    element.replaceChildren(...parts);
  };
  render();
  store.watch((s) => s.activity, render);
}
