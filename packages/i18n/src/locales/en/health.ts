/** The health screens' words. */
export const health = {
  title: "Health",
};
