// Hands a file made in the page to the browser as a download (a Blob URL behind a temporary link).
import type { ExportFile } from "./export/index.ts";

export function downloadFile(file: ExportFile): void {
  const blob = file.content instanceof Blob ? file.content : new Blob([file.content], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
