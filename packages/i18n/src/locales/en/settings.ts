/** The Settings page: the person's name, units, language and time zone. */
export const settings = {
  title: "Settings",
  displayName: {
    label: "Display name",
    hint: "Shown to the family members you share a baby with.",
  },
  units: {
    legend: "Units",
    hint: "For every weight, length and head size you see or enter. Values are kept exactly either way.",
    metric: "Metric (kg, cm)",
    imperial: "Imperial (lb + oz, in)",
  },
  language: {
    legend: "Language",
    hint: "The language UpNest speaks to you in, on every device you sign in on.",
  },
  timezone: {
    label: "Time zone",
    useDevice: "Use this device's time zone ({{zone}})",
  },
  conflict:
    "Your settings were changed somewhere else (another device or tab) since you opened this page. Reload to see them, then make your change again.",
  saved: "Settings saved",
  submit: "Save settings",
};
