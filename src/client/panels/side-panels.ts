// The side-panel area and its toggle buttons: each feature registers a panel; one is open at a time.
import { h } from "../lib/dom.ts";
import { isBehind, raisePanel } from "./panel-dock.ts";

export interface SidePanels {
  /** Adds a panel with a toggle button in the tool row; returns the panel's body to fill. */
  register(id: string, title: string): HTMLElement;
  open(id: string): void;
  close(): void;
  isOpen(id: string): boolean;
}

export function mountSidePanels(area: HTMLElement, buttons: HTMLElement): SidePanels {
  const panels = new Map<string, { section: HTMLElement; toggle: HTMLButtonElement }>();
  let current: string | null = null;

  const show = (id: string | null) => {
    current = id !== null && panels.has(id) ? id : null;
    for (const [key, { section, toggle }] of panels) {
      section.hidden = key !== current;
      toggle.setAttribute("aria-expanded", String(key === current));
    }
    area.hidden = current === null;
    document.body.classList.toggle("side-open", current !== null);
  };

  return {
    register(id, title) {
      const body = h("div", { class: "side-body" });
      const close = h("button", { type: "button", class: "icon-button close", "aria-label": `Close ${title}` }, "×");
      const heading = h("h2", { id: `${id}-title`, tabindex: -1 }, title);
      const section = h(
        "section",
        {
          id: `${id}-panel`,
          class: "side-section",
          "aria-labelledby": heading.id,
          "data-testid": `${id}-panel`,
          hidden: true,
        },
        close,
        heading,
        body,
      );
      const toggle = h(
        "button",
        {
          type: "button",
          class: "tool-button",
          "aria-controls": section.id,
          "aria-expanded": "false",
          "data-testid": `${id}-toggle`,
        },
        title,
      );
      close.addEventListener("click", () => {
        show(null);
        toggle.focus();
      });
      toggle.addEventListener("click", () => {
        // Open but behind another panel: the click brings it forward rather than closing it.
        show(current === id && !isBehind(area) ? null : id);
        if (current !== id) return;
        raisePanel(area);
        heading.focus();
      });
      panels.set(id, { section, toggle });
      area.append(section);
      buttons.append(toggle);
      return body;
    },
    open: (id) => {
      show(id);
      raisePanel(area);
    },
    close: () => show(null),
    isOpen: (id) => current === id,
  };
}
