// How nodes look: colour by label, size by degree, and the legend that explains it.
export * from "./types.ts";
export * from "./colors.ts";
