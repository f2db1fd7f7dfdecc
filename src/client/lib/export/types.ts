// A file ready to hand to the browser: its name, MIME type and content.
export interface ExportFile {
  name: string;
  type: string;
  content: string | Blob;
}
