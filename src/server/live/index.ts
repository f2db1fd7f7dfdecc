// Live follow: sessions a class follows as the teacher steps through a story.
export * from "./session-state.ts";
export * from "./live-hub.ts";
export * from "./session-files.ts";
