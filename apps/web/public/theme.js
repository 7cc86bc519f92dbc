// The theme before the first paint. A classic script in <head> (a file: the CSP allows no inline script), so the
// page never flashes light at night. The choice ("system", "light" or "dark") is this device's copy of the
// person's profile setting, kept in localStorage by the app (src/lib/theme.ts); "system" follows the device.
(() => {
  const KEY = "upnest.theme";
  const system = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let choice = "system";
    try {
      choice = localStorage.getItem(KEY) || "system";
    } catch {
      // Storage may be off (private mode): follow the system.
    }
    const dark = choice === "dark" || (choice !== "light" && system.matches);
    document.documentElement.classList.toggle("dark", dark);
    document.querySelector('meta[name="theme-color"]')?.setAttribute("content", dark ? "#1c1917" : "#0f766e");
  };
  apply();
  system.addEventListener("change", apply);
  // Another tab changed it, or this tab's settings did (src/lib/theme.ts sends the event).
  window.addEventListener("storage", (event) => event.key === KEY && apply());
  window.addEventListener("upnest:theme", apply);
})();
