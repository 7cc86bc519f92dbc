import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * A whole sign-in page: English, one heading, the issuer's own stylesheet and
 * nothing from any other host; no scripts at all.
 */
export async function page(options: { title: string; body: Markup; status?: number }): Promise<Response> {
  const document = html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="referrer" content="no-referrer" />
    <title>${options.title} · UpNest</title>
    <link rel="stylesheet" href="/password/style.css" />
  </head>
  <body>
    <main>
      <p class="brand">UpNest</p>
      <h1>${options.title}</h1>
      ${options.body}
    </main>
  </body>
</html>`;
  return new Response(String(await document), {
    status: options.status ?? 200,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

/** An error announced to screen readers as soon as the page loads. */
export const alert = (message: string | undefined) =>
  message ? html`<p class="alert" role="alert" id="form-error">${message}</p>` : "";
