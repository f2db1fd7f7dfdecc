// Seeded random numbers for the generator: pure-rand's xoroshiro128+, so a seed gives the same graph on every machine.
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";

export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** `stream` gives independent sequences from one seed (entities, relationships), so adding to one leaves the other unchanged. */
export function createRng(seed: number, stream = 0): Rng {
  const gen = xoroshiro128plus(seed);
  for (let i = 0; i < stream; i++) gen.jump();
  const below = (n: number) => uniformInt(gen, 0, n - 1);
  return {
    float: () => uniformFloat64(gen),
    below,
    pick: <T>(items: readonly T[]) => items[below(items.length)] as T,
  };
}
