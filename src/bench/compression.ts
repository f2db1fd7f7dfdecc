// Checks over HTTP that the API compresses: one large neighbours page fetched plain, gzip and brotli, bytes and time.
import { request } from "node:http";

export interface CompressionFigures {
  path: string;
  encodings: { encoding: string; bytes: number; ms: number }[];
}

function download(url: URL, encoding: string): Promise<{ bytes: number; ms: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { headers: { "accept-encoding": encoding } }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => {
        if (res.statusCode !== 200) return reject(new Error(`${url.pathname} answered ${res.statusCode}`));
        resolve({ bytes, ms: performance.now() - t0, encoding: String(res.headers["content-encoding"] ?? "identity") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export async function measureCompression(baseUrl: string, path: string): Promise<CompressionFigures> {
  const encodings = [];
  for (const asked of ["identity", "gzip", "br"]) {
    const got = await download(new URL(path, baseUrl), asked);
    if (got.encoding !== asked) throw new Error(`asked for ${asked}, the API answered ${got.encoding}`);
    encodings.push(got);
  }
  return { path, encodings };
}
