// Network measures (degree, betweenness, PageRank, Louvain communities) of the graph in view, and how they look.
export * from "./types.ts";
export * from "./compute.ts";
export * from "./worker-messages.ts";
export * from "./edge-list.ts";
