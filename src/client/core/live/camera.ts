// The teacher's camera relative to the step's frame, and back: so a student's screen, of any size, sees the same part.
import type { LiveCamera } from "../../../shared/index.ts";

export interface CameraLike {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Where `camera` is with respect to `frame`: offsets in frame widths, zoom as a ratio, rounded (no jitter sent). */
export function relativeCamera(camera: CameraLike, frame: CameraLike): LiveCamera {
  return {
    dx: round((camera.x - frame.x) / frame.ratio),
    dy: round((camera.y - frame.y) / frame.ratio),
    zoom: round(camera.ratio / frame.ratio),
    angle: round(camera.angle - frame.angle),
  };
}

export function applyRelativeCamera(frame: CameraLike, relative: LiveCamera): CameraLike {
  return {
    x: frame.x + relative.dx * frame.ratio,
    y: frame.y + relative.dy * frame.ratio,
    ratio: frame.ratio * relative.zoom,
    angle: frame.angle + relative.angle,
  };
}

export function sameCamera(a: LiveCamera, b: LiveCamera): boolean {
  return a.dx === b.dx && a.dy === b.dy && a.zoom === b.zoom && a.angle === b.angle;
}
