import Bowser from "bowser";

/** A device in plain words from its user agent, e.g. "Chrome on Android"; the raw user agent is not kept. */
export function deviceName(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const { browser, os } = Bowser.parse(userAgent.slice(0, 512));
  const name = browser.name?.replace(/^Microsoft /, "") || undefined;
  if (name && os.name) return `${name} on ${os.name}`;
  return name ?? (os.name ? `A browser on ${os.name}` : "Unknown device");
}
