// Named sections of BENCHMARKS.md between HTML comment markers, so each benchmark rewrites only its own.

export interface SectionMarkers {
  start: string;
  end: string;
}

export const sectionMarkers = (name: string): SectionMarkers => ({
  start: `<!-- bench:${name}:start -->`,
  end: `<!-- bench:${name}:end -->`,
});

/** Wraps a rendered section in its markers. */
export const markSection = (name: string, body: string): string => {
  const m = sectionMarkers(name);
  return `${m.start}\n${body.trim()}\n\n${m.end}`;
};

/** Replaces the section called `name` in `document`, or appends it; everything else is left as it was. */
export function spliceNamedSection(document: string, name: string, section: string): string {
  const m = sectionMarkers(name);
  const a = document.indexOf(m.start);
  const b = document.indexOf(m.end);
  if (a >= 0 && b > a) return document.slice(0, a) + section + document.slice(b + m.end.length);
  return `${document.trimEnd()}\n\n${section}\n`;
}
