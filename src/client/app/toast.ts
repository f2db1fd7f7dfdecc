// A short message that is not tied to a panel (an export or a story that failed), read out by screen readers.
import { h } from "../lib/dom.ts";

export function showToast(message: string): void {
  let region = document.querySelector<HTMLElement>("#toast");
  if (!region) {
    region = h("div", { id: "toast", class: "toast", role: "alert", "data-testid": "toast" });
    document.body.append(region);
  }
  region.textContent = message;
  region.hidden = false;
  clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(setTimeout(() => (region.hidden = true), 8_000));
}
