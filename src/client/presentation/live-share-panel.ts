// The teacher's share panel: the link in large type and a QR code a class can scan from the back of the room.
import { h } from "../lib/dom.ts";

export interface SharePanelActions {
  close(): void;
  stop(): void;
}

/** The QR code library is loaded when a teacher first shares, not with the page. */
async function qrDataUrl(link: string): Promise<string> {
  const { toDataURL } = await import("qrcode");
  return toDataURL(link, {
    errorCorrectionLevel: "M",
    margin: 2,
    width: 720,
    color: { dark: "#000000", light: "#ffffff" },
  });
}

export function renderSharePanel(link: string, followers: number, actions: SharePanelActions): HTMLElement {
  const qr = h("img", { class: "live-qr", alt: `QR code for ${link}`, "data-testid": "live-qr" });
  void qrDataUrl(link).then((url) => (qr.src = url));
  const copy = h("button", { type: "button", class: "tool-button", "data-testid": "live-copy" }, "Copy link");
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copy.textContent = "Copied"),
      () => (copy.textContent = "Select the link to copy it"),
    );
  });
  const close = h("button", { type: "button", class: "tool-button", "data-testid": "live-close" }, "Close");
  close.addEventListener("click", actions.close);
  const stop = h("button", { type: "button", class: "tool-button live-stop", "data-testid": "live-stop" }, "Stop live");
  stop.addEventListener("click", actions.stop);
  return h(
    "section",
    { class: "live-share", role: "dialog", "aria-label": "Follow live", "data-testid": "live-share" },
    h("h2", { class: "live-share-title" }, "Follow live: scan or open"),
    qr,
    h("p", { class: "live-link", "data-testid": "live-link" }, link),
    h(
      "p",
      { class: "live-followers", "data-testid": "live-followers", "aria-live": "polite" },
      `${followers} following`,
    ),
    h("div", { class: "live-share-actions" }, copy, stop, close),
  );
}
