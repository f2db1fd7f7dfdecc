// Asks Neo4j for the database version on behalf of many requests at once: a request joins a read that starts after it
// arrived (never one already under way, which might predate a load that just finished), so at most two reads are in
// line whatever the load, and every answer is checked against a version at least as new as the request.

export interface VersionProbe {
  current(): Promise<string>;
}

export function createVersionProbe(read: () => Promise<string>): VersionProbe {
  let running: Promise<string> | undefined;
  let queued: { promise: Promise<string>; start: () => void } | undefined;

  const run = (): Promise<string> => {
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
        const promise = new Promise<string>((resolve, reject) => {
          start = () => void run().then(resolve, reject);
        });
        queued = { promise, start };
      }
      return queued.promise;
    },
  };
}
