export const vaccines = {
  placeholder: "…",
};
