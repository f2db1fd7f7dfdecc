// The skip link moves focus to the stage itself (a fragment link alone only scrolls to it).
export function mountSkipLink(link: HTMLAnchorElement | null, stage: HTMLElement): void {
  link?.addEventListener("click", (event) => {
    event.preventDefault();
    stage.focus();
  });
}
