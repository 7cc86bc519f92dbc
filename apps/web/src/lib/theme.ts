import type { Theme } from "@upnest/schemas";
import { useEffect } from "react";
import { useProfile } from "./preferences.ts";

// This device's copy of the person's theme (profile `theme`), read before the first paint by public/theme.js,
// which alone decides the `dark` class on <html>. The profile is the truth: it follows the person across devices.
const KEY = "upnest.theme";

export const THEMES = ["system", "light", "dark"] as const satisfies readonly Theme[];

/** Keeps the local copy and tells public/theme.js to apply it now. */
export function rememberTheme(theme: Theme) {
  try {
    if (localStorage.getItem(KEY) === theme) return;
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage off: the theme still applies for this page from the event below.
  }
  window.dispatchEvent(new Event("upnest:theme"));
}

/** Follows the signed-in person's profile: another device's choice takes over here once the profile loads. */
export function useProfileTheme() {
  const theme = useProfile().data?.theme;
  useEffect(() => {
    if (theme) rememberTheme(theme);
  }, [theme]);
}
