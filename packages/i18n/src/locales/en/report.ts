/** The report screens' words. */
export const report = {
  title: "Report for the paediatrician",
};
