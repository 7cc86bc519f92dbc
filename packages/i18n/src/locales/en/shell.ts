/** The frame around every screen: skip link, tab titles, the theme switch. */
export const shell = {
  skipToContent: "Skip to content",
  titles: {
    growthCharts: "Growth charts",
    editBaby: "Edit baby",
    newMeasurement: "New measurement",
    invitation: "Invitation",
    signIn: "Sign in",
    signingIn: "Signing in",
  },
  theme: {
    legend: "Theme",
    hint: "System follows this device's light or dark setting.",
    system: "System",
    light: "Light",
    dark: "Dark",
  },
};
