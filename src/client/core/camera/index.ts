// Camera requests: state and actions (the camera controller carries them out).
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { CameraState } from "./types.ts";

export * from "./types.ts";

const nextSeq = (s: CameraState) => (s.request?.seq ?? 0) + 1;

export function createCameraActions<S extends { camera: CameraState }>(store: Store<S>) {
  const apply = sliceUpdater<"camera", CameraState, S>(store, "camera");
  return {
    focus: (node: string) => apply((s) => ({ request: { kind: "focus", node, seq: nextSeq(s) } })),
    fit: (nodes: readonly string[]) => apply((s) => ({ request: { kind: "fit", nodes, seq: nextSeq(s) } })),
  };
}
export type CameraActions = ReturnType<typeof createCameraActions>;
