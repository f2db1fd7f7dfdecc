// Sigma's hover label box, drawn in the theme's colours (Sigma's own is always white, unreadable in dark themes).
import type { NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../lib/graph/index.ts";

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function themedHoverDrawer(): NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> {
  const background = cssVar("--canvas-label-bg", "#ffffff");
  const text = cssVar("--canvas-label", "#1f2933");
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const label = typeof data.label === "string" ? data.label : "";
    const padding = Math.round(size / 5);
    const width = label ? context.measureText(label).width + 2 * padding : 0;
    const height = size + 2 * padding;
    context.fillStyle = background;
    context.shadowColor = "rgb(0 0 0 / 35%)";
    context.shadowBlur = 8;
    context.beginPath();
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    if (label) context.roundRect(data.x, data.y - height / 2, data.size + padding + width, height, 4);
    context.fill();
    context.shadowBlur = 0;
    if (!label) return;
    context.fillStyle = text;
    context.fillText(label, data.x + data.size + padding * 2, data.y + size / 3);
  };
}
