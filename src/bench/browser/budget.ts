// Time budgets for browser steps: a page that never draws ends as "did not render within N s", not as a hung run.

export class BudgetExceeded extends Error {
  constructor(
    readonly step: string,
    readonly budgetMs: number,
  ) {
    super(`${step}: not done within ${Math.round(budgetMs / 1000)} s`);
    this.name = "BudgetExceeded";
  }
}

/** Resolves with `work`, or rejects with BudgetExceeded after `ms`; the work itself is abandoned, not stopped. */
export function withBudget<T>(step: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceeded(step, ms)), ms);
  });
  // The abandoned promise may still reject later (its page was closed): that must not crash the run.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
