// The page's own URL keys (embed=1, theme=, present=1, query=): how the page opens, not what the view shows.
export * from "./types.ts";
export * from "./parse.ts";
