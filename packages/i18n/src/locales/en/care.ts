/** The daily care log: the today view, timers, entries and patterns. */
export const care = {
  title: "Today",
};
