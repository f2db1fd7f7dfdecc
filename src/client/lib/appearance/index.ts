// How nodes look: colour by label, size by degree, the legend that explains it, and the perspective's styles.
export * from "./types.ts";
export * from "./colors.ts";
export * from "./perspective-look.ts";
export * from "./measure-look.ts";
