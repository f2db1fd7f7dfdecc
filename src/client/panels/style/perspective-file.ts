// The perspective as the file a user downloads: the same JSON the server reads back (graph/perspective.json).
import { PerspectiveSchema, type Perspective } from "../../../shared/index.ts";
import type { ExportFile } from "../../lib/export/index.ts";

export function perspectiveFile(perspective: Perspective): ExportFile {
  // Parsed on the way out: what is downloaded is what the server accepts.
  const checked = PerspectiveSchema.parse(perspective);
  return {
    name: "perspective.json",
    type: "application/json",
    content: `${JSON.stringify(checked, null, 2)}\n`,
  };
}
