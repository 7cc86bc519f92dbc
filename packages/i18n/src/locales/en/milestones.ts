export const milestones = {
  placeholder: "…",
};
