export const growth = {
  placeholder: "…",
};
