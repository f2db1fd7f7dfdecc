// Groups rows by label or type into fixed-size batches, since a label cannot be a parameter of one statement.

export interface Batch<T> {
  key: string;
  rows: T[];
}

export class Batcher<T> {
  private readonly open = new Map<string, T[]>();

  constructor(private readonly size: number) {}

  /** The full batch this row completed, if any. */
  add(key: string, row: T): Batch<T> | undefined {
    let rows = this.open.get(key);
    if (!rows) this.open.set(key, (rows = []));
    rows.push(row);
    if (rows.length < this.size) return undefined;
    this.open.delete(key);
    return { key, rows };
  }

  /** What is left once the input ends, in key order so reruns send the same batches. */
  rest(): Batch<T>[] {
    const left = [...this.open.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, rows]) => ({ key, rows }));
    this.open.clear();
    return left;
  }
}

/** Keeps at most `limit` writes in flight, so reading and parsing the next batch overlaps the database's work. */
export class InFlight {
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;

  constructor(private readonly limit: number) {}

  async add(work: () => Promise<void>): Promise<void> {
    while (this.pending.size >= this.limit) await Promise.race(this.pending);
    this.check();
    const p: Promise<void> = work()
      .catch((err: unknown) => void (this.failure ??= err))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async drain(): Promise<void> {
    await Promise.all(this.pending);
    this.check();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
