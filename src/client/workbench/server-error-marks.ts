// CodeMirror extension marking where the server said a query is wrong: an underlined range and a tinted line.
// Not @codemirror/lint: the Cypher package runs its own (silent) linter, which would wipe these marks.
import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";

export interface ServerErrorMark {
  from: number;
  to: number;
  message: string;
}

export const setServerError = StateEffect.define<ServerErrorMark | null>();

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setServerError)) continue;
      const mark = effect.value;
      if (mark === null) {
        next = Decoration.none;
        continue;
      }
      const line = tr.state.doc.lineAt(mark.from);
      next = Decoration.set(
        [
          Decoration.line({ class: "cm-server-error-line" }).range(line.from),
          Decoration.mark({ class: "cm-server-error", attributes: { title: mark.message } }).range(
            mark.from,
            Math.max(mark.to, mark.from + 1),
          ),
        ],
        true,
      );
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function serverErrorMarks(): Extension {
  return field;
}
