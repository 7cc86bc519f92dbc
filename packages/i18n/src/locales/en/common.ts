/** Words used across the app: its name, navigation, buttons, loading and error states. */
export const common = {
  appName: "UpNest",
  loading: "Loading…",
  tryAgain: "Try again",
  reload: "Reload",
  save: "Save",
  saving: "Saving…",
  cancel: "Cancel",
  edit: "Edit",
  nav: {
    account: "Account",
    settings: "Settings",
  },
};
