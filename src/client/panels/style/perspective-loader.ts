// Loads the perspective (and the discovered schema the Style panel offers choices from) once, at start.
import type { ApiClient } from "../../api/index.ts";
import type { Actions } from "../../core/store/index.ts";

export function loadPerspective(source: ApiClient, actions: Actions): void {
  source.call("perspective", {}).then(actions.perspective.loaded, () => actions.perspective.failed());
  source.call("schema", {}).then(
    (schema) => schema.graph && actions.perspective.schemaLoaded(schema.graph),
    () => {},
  );
}
