// Security headers on every response: a same-origin Content-Security-Policy, no-sniff, and who may frame the page.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export interface SecurityHeaderOptions {
  /** Origins (https://course.example.org) allowed to show the explorer in an iframe, besides its own. */
  embedOrigins?: readonly string[];
}

/** What the built page needs and nothing more; each exception is named. */
export function cspDirectives(embedOrigins: readonly string[] = []): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // The Cypher editor (CodeMirror) adds <style> elements at run time.
    "style-src": ["'self'", "'unsafe-inline'"],
    // The favicon is a data: URL; PNG export draws into blob: URLs.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    // Graph layouts may run in a worker created from a blob: URL.
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'", ...embedOrigins],
  };
}

export async function registerSecurityHeaders(
  app: FastifyInstance,
  { embedOrigins = [] }: SecurityHeaderOptions = {},
): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(embedOrigins) },
    // The explorer serves plain HTTP on loopback; HSTS there would only confuse a browser that later meets a TLS proxy.
    strictTransportSecurity: false,
    // X-Frame-Options cannot list origins: keep it for old browsers only while no other origin may embed the page.
    xFrameOptions: embedOrigins.length ? false : { action: "sameorigin" },
  });
}
