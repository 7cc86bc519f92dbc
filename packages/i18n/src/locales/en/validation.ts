export const validation = {
  placeholder: "…",
};
