/** An invitation's secret: 43 base64url characters (as the API makes them). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The link an owner shares: this app's address with the one-time token. */
export const inviteLink = (origin: string, token: string) => `${origin.replace(/\/+$/, "")}/invite/${token}`;

/**
 * The token in what someone pasted or opened: a whole link (with or without a trailing slash, query or
 * fragment, as chat apps sometimes add) or the bare token. Null when there is none.
 */
export function parseInviteToken(input: string): string | null {
  const text = input.trim();
  if (TOKEN.test(text)) return text;
  const match = /\/invite\/([^/?#\s]+)/.exec(text);
  const token = match?.[1] ? decodeURIComponent(match[1]) : null;
  return token && TOKEN.test(token) ? token : null;
}
