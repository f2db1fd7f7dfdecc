// One panel at a time beside the stage: the panels keep their own open/closed state (`hidden`), the dock shows only
// the one opened last and keeps the others open behind it, so closing the front one brings back the one before.
//
// A panel opened behind another (its toggle clicked while another is in front) is brought forward with raisePanel.
// Panels behind carry data-dock="behind" (styles/shell.css hides them); the front one carries data-dock="front".

const RAISE = "panel-dock:raise";

/** Brings an open panel in front of the others (a toggle clicked for a panel that is open but behind). */
export function raisePanel(panel: HTMLElement): void {
  panel.dispatchEvent(new CustomEvent(RAISE));
}

/** Whether the panel is open but hidden behind the front one: its toggle should raise it rather than close it. */
export function isBehind(panel: HTMLElement): boolean {
  return panel.dataset.dock === "behind";
}

export function mountPanelDock(panels: readonly HTMLElement[], onChange: () => void = () => {}): void {
  // Most recently opened last.
  let order: HTMLElement[] = panels.filter((panel) => !panel.hidden);
  const apply = () => {
    order = order.filter((panel) => !panel.hidden);
    const front = order.at(-1) ?? null;
    for (const panel of panels) {
      const dock = panel.hidden ? null : panel === front ? "front" : "behind";
      if ((panel.dataset.dock ?? null) === dock) continue;
      if (dock === null) delete panel.dataset.dock;
      else panel.dataset.dock = dock;
    }
    document.body.classList.toggle("dock-open", front !== null);
    onChange();
  };
  const raise = (panel: HTMLElement) => {
    if (panel.hidden) return;
    order = [...order.filter((p) => p !== panel), panel];
    apply();
  };
  const observer = new MutationObserver((records) => {
    for (const { target } of records) {
      const panel = target as HTMLElement;
      if (!panel.hidden && !order.includes(panel)) order.push(panel);
    }
    apply();
  });
  for (const panel of panels) {
    observer.observe(panel, { attributes: true, attributeFilter: ["hidden"] });
    panel.addEventListener(RAISE, () => raise(panel));
  }
  apply();
}
