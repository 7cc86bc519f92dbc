import type { Language } from "@upnest/i18n";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { type IssuerTexts, issuerTexts, requestLanguage } from "../language.ts";

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The language a page is written in and its texts (the `issuer` catalogs of packages/i18n). */
export type Speech = { language: Language; t: IssuerTexts };
export const speechIn = (language: Language): Speech => ({ language, t: issuerTexts(language) });
/** The language the request's browser asks for (Accept-Language), else English. */
export const speechFor = (request: Request): Speech => speechIn(requestLanguage(request));

/**
 * A whole sign-in page in the person's language (`<html lang>` says which), one heading, the issuer's own
 * stylesheet and nothing from any other host; no scripts at all.
 */
export async function page(
  speech: Speech,
  options: { title: string; body: Markup; status?: number },
): Promise<Response> {
  const document = html`<!doctype html>
<html lang="${speech.language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="referrer" content="no-referrer" />
    <title>${speech.t("documentTitle", { title: options.title })}</title>
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
    headers: { "content-type": "text/html; charset=utf-8", "content-language": speech.language },
  });
}

/** An error announced to screen readers as soon as the page loads. */
export const alert = (message: string | undefined) =>
  message ? html`<p class="alert" role="alert" id="form-error">${message}</p>` : "";

const MARK = "\u0001";
/** A translated sentence with one value shown in bold (both escaped), wherever the language puts it. */
export function withStrong(sentence: (marker: string) => string, value: string) {
  const [before = "", after = ""] = sentence(MARK).split(MARK);
  return html`${before}<strong>${value}</strong>${after}`;
}
