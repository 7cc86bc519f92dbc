/**
 * A section of docs/benchmarks.md that one bench script writes between its two markers: put in place of the
 * previous one (or appended), and kept when another script regenerates the rest of the page.
 */
export function pageSection(name: string) {
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const within = (body: string) => `${START}\n${body}\n${END}`;
  /** The page with this section in place of the previous one (or appended). */
  const put = (page: string, section: string): string => {
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    if (start >= 0 && end > start) return `${page.slice(0, start)}${section}${page.slice(end + END.length)}`;
    return `${page.trimEnd()}\n\n${section}\n`;
  };
  /** A regenerated page keeps the section its script wrote into the one it replaces. */
  const keep = (oldPage: string, newPage: string): string => {
    const start = oldPage.indexOf(START);
    const end = oldPage.indexOf(END);
    return start >= 0 && end > start ? put(newPage, oldPage.slice(start, end + END.length)) : newPage;
  };
  return { within, put, keep };
}
