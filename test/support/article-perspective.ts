// The article's own perspective file, for servers that should show the article as `npm start` does (its story too).
export const ARTICLE_PERSPECTIVE = new URL("../../graph/perspective.json", import.meta.url).pathname;
