// The Cypher editor: Neo4j's CodeMirror 6 Cypher support, schema completion, Ctrl/Cmd-Enter, server errors marked.
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { ApiClient } from "../api/index.ts";
import type { AppState } from "../core/store/index.ts";
import { errorRange, splitCypherMessage } from "../core/editor/index.ts";
import type { ResultState } from "../core/result/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import type { QueryRunner } from "./query-runner.ts";
import { serverErrorMarks, setServerError } from "./server-error-marks.ts";

const EXAMPLE = "MATCH (p:Person)-[r]->(other)\nRETURN p, r, other\nLIMIT 25";
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

function mark(editor: EditorApi, state: ResultState): HTMLElement | null {
  const view = editor.codemirror;
  if (state.status !== "error" || state.source.kind !== "cypher") {
    view.dispatch({ effects: setServerError.of(null) });
    return null;
  }
  const { failure } = state;
  const position = failure.position;
  // Only mark when the editor still holds the text that failed.
  const here =
    position && view.state.doc.toString() === state.source.query ? errorRange(state.source.query, position) : null;
  view.dispatch({ effects: setServerError.of(here && { ...here, message: failure.message }) });
  const where = position ? `Line ${position.line}, column ${position.column}: ` : "";
  const { headline, expected } =
    failure.code === "cypher_error"
      ? splitCypherMessage(failure.message)
      : { headline: failure.message, expected: null };
  return h(
    "div",
    {
      class: "notice notice-error editor-error",
      role: "alert",
      "data-testid": "editor-error",
      "data-line": position?.line ?? "",
    },
    h("strong", {}, failure.title),
    h("p", {}, where + headline),
    expected ? h("details", {}, h("summary", {}, "What Neo4j expected there"), h("p", {}, expected)) : null,
  );
}

export interface CypherEditorHandle {
  editor: EditorApi;
  setValue(text: string): void;
}

export function mountCypherEditor(
  element: HTMLElement,
  store: Store<AppState>,
  source: ApiClient,
  runner: QueryRunner,
  /** Told the text after each change, so a link can hold it. */
  onText?: (text: string) => void,
): CypherEditorHandle {
  const host = h("div", { class: "cypher-host", "data-testid": "cypher-editor" });
  const run = h("button", { type: "button", class: "button", "data-testid": "run-cypher" }, "Run");
  const shortcut = h("span", { class: "muted shortcut" }, IS_MAC ? "⌘ + Enter" : "Ctrl + Enter");
  const feedback = h("div", { class: "editor-feedback" });
  element.replaceChildren(
    h(
      "p",
      { class: "muted panel-intro", id: "editor-intro" },
      "Your own read-only Cypher. Labels, relationship types and property keys complete as you type.",
    ),
    host,
    h("div", { class: "form-actions" }, run, shortcut),
    feedback,
  );
  const submit = () => {
    const text = editor.codemirror.state.doc.toString().trim();
    if (text !== "") void runner.runCypher(text);
    return true;
  };
  // The package's declarations say it returns the API; at run time it returns { editor: api }.
  const { editor } = createCypherEditor(host, {
    value: store.get().editor.text ?? EXAMPLE,
    lint: false, // the bundled grammar predates Neo4j 5 syntax; the server's own errors are marked instead
    lineNumbers: true,
    lineNumberFormatter: (line) => String(line), // the default shows "$" for one-line queries, like a console
    lineWrapping: true,
    autocomplete: true,
    theme: store.get().theme.name,
    placeholder: "MATCH (n) RETURN n LIMIT 10",
    tooltipAbsolute: true,
    postExtensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: submit }])),
      serverErrorMarks(),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onText?.(update.state.doc.toString());
      }),
    ],
  }) as unknown as { editor: EditorApi };
  editor.codemirror.contentDOM.setAttribute("aria-label", "Cypher query");
  editor.codemirror.contentDOM.setAttribute("aria-describedby", "editor-intro");
  run.addEventListener("click", submit);
  source.call("schema", {}).then(
    (schema) =>
      editor.setSchema({
        labels: schema.labels.map((l) => l.name),
        relationshipTypes: schema.relationshipTypes.map((t) => t.name),
        propertyKeys: schema.propertyKeys,
      }),
    // Completion then offers keywords only; the editor itself works the same.
    () => undefined,
  );
  store.watch(
    (s) => s.result,
    (state) => feedback.replaceChildren(mark(editor, state) ?? ""),
  );
  store.watch(
    (s) => s.theme.name,
    (name) => editor.setTheme(name),
  );
  return {
    editor,
    setValue: (text) => {
      editor.setValue(text);
      editor.focus();
    },
  };
}
