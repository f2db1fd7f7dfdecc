// One read of Neo4j on behalf of many requests at once (the answer cache's database version): a request
// joins a read that starts after it arrived (never one already under way, which might predate a load that just
// finished), so at most two reads are in line whatever the load, and each request gets a result as new as itself.

export interface FreshRead<T> {
  current(): Promise<T>;
}

export function createFreshRead<T>(read: () => Promise<T>): FreshRead<T> {
  let running: Promise<T> | undefined;
  let queued: { promise: Promise<T>; start: () => void } | undefined;

  const run = (): Promise<T> => {
    const p = read();
    running = p;
    const settle = () => {
      running = undefined;
      const next = queued;
      queued = undefined;
      next?.start();
    };
    p.then(settle, settle);
    return p;
  };

  return {
    current() {
      if (!running) return run();
      if (!queued) {
        let start = () => {};
        const promise = new Promise<T>((resolve, reject) => {
          start = () => void run().then(resolve, reject);
        });
        queued = { promise, start };
      }
      return queued.promise;
    },
  };
}
