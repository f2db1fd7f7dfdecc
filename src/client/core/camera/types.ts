// Requests to move the camera, made by commands that do not own the renderer.
export type CameraRequest =
  /** Centre on one node (a search result, a restored selection). */
  | { kind: "focus"; node: string; seq: number }
  /** Bring a group into view (an expansion's centre and new neighbours, a route). */
  | { kind: "fit"; nodes: readonly string[]; seq: number };

export interface CameraState {
  request: CameraRequest | null;
}

export const INITIAL_CAMERA: CameraState = { request: null };
