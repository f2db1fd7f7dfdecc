// One server and one shared Chromium per browser test file, started before its tests and closed after them.
import { after, before } from "node:test";
import type { Browser, Page } from "playwright-core";
import { testConnection } from "./db.ts";
import { launchBrowser, openPage } from "./browser.ts";
import { startExplorer, type ExplorerOptions } from "../../src/server/run.ts";

const distDir = new URL("../../dist/", import.meta.url).pathname;

/** Whatever the pages are served from: the explorer, or a static folder (an offline edition). */
export interface Served {
  url: string;
  close: () => Promise<void>;
}

export interface ExplorerPageOptions {
  /** startExplorer options on top of the test Neo4j, loopback, a free port and the test build in dist/. */
  server?: Partial<ExplorerOptions>;
  /** Serves the pages instead of the explorer (its set-up may prepare other data too); closed after the tests. */
  serve?: () => Promise<Served>;
  /** When an opened page counts as ready; by default once the graph is drawn. */
  ready?: (page: Page) => Promise<unknown>;
  /**
   * More set-up once the server and the browser are up (reading the API, say). In this file's hook, not a before()
   * of its own: node:test starts top-level hooks as they are registered, without waiting for the one before.
   */
  prepare?: () => Promise<unknown>;
  /** Clean-up after the browser and the server are closed (scratch folders), for the same reason. */
  cleanUp?: () => unknown;
}

export interface ExplorerPages {
  readonly browser: Browser;
  /** The served page's address (the explorer's ends with "/"). */
  readonly url: string;
  /**
   * Opens a page that records its errors and waits until it is ready: `target` is read against the served address
   * ("" that page, "?nodes=a,b" its query) or is a whole URL of its own.
   */
  open(target?: string, viewport?: { width: number; height: number }): ReturnType<typeof openPage>;
  ready(page: Page): Promise<unknown>;
}

/** The page is drawn: data-graph-ready, set once the first graph is on the stage. */
export const graphReady = (page: Page): Promise<unknown> =>
  page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });

/** Drawn, and the layout has stopped moving nodes. */
export async function layoutSettled(page: Page): Promise<void> {
  await graphReady(page);
  await page.waitForSelector('body[data-layout="idle"]', { timeout: 15_000 });
}

/** Registers the file's before/after hooks: call it at the top level of a test file, once. */
export function useExplorerPage(options: ExplorerPageOptions = {}): ExplorerPages {
  let served: Served | undefined;
  let browser: Browser | undefined;
  const ready = options.ready ?? graphReady;
  before(async () => {
    served = options.serve
      ? await options.serve()
      : await startExplorer({
          connection: testConnection(),
          host: "127.0.0.1",
          port: 0,
          staticDir: distDir,
          ...options.server,
        });
    browser = await launchBrowser();
    await options.prepare?.();
  });
  after(async () => {
    await browser?.close();
    await served?.close();
    await options.cleanUp?.();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test or a later hook`);
    return value;
  };
  return {
    get browser() {
      return started(browser, "browser");
    },
    get url() {
      return started(served, "server").url;
    },
    async open(target = "", viewport) {
      const url = new URL(target, started(served, "server").url).href;
      const opened = await openPage(started(browser, "browser"), url, viewport);
      await ready(opened.page);
      return opened;
    },
    ready,
  };
}
