// Keyboard of presentation mode: P starts it, arrows / Space / Page keys step, Home / End jump, Escape leaves.
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";

/** Typing in a field or the Cypher editor must never flip slides. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function mountPresentationKeys(store: Store<AppState>, actions: Actions, startDefault: () => void): void {
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const presenting = store.get().presentation.active;
    if (!presenting) {
      if (event.key === "p" || event.key === "P") {
        event.preventDefault();
        startDefault();
      }
      return;
    }
    const step: Record<string, () => void> = {
      ArrowRight: actions.presentation.next,
      ArrowDown: actions.presentation.next,
      PageDown: actions.presentation.next,
      " ": actions.presentation.next,
      ArrowLeft: actions.presentation.previous,
      ArrowUp: actions.presentation.previous,
      PageUp: actions.presentation.previous,
      Backspace: actions.presentation.previous,
      Home: actions.presentation.first,
      End: actions.presentation.last,
      Escape: actions.presentation.stop,
      p: actions.presentation.stop,
      P: actions.presentation.stop,
    };
    const action = step[event.key];
    if (!action) return;
    // Handled here: Space would scroll or press a focused button, Escape would also clear the selection.
    event.preventDefault();
    action();
  });
}
