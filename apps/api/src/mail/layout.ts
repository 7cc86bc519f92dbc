import type { Language } from "@upnest/i18n";
import { mailTexts } from "../auth/language.ts";
import type { Mail } from "./mail.ts";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML content or a quoted attribute. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** A paragraph of the message: plain words, or the code shown large, or a link. */
export type Block = { p: string } | { code: string } | { link: string; label: string };

const html = (block: Block) => {
  if ("p" in block) return `<p style="margin:0 0 16px">${escapeHtml(block.p)}</p>`;
  if ("code" in block)
    return `<p style="margin:0 0 16px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:#0f3d3e">${escapeHtml(block.code)}</p>`;
  return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.link)}" style="color:#0f6466;font-weight:600">${escapeHtml(block.label)}</a></p>`;
};

const text = (block: Block) =>
  "p" in block ? block.p : "code" in block ? block.code : `${block.label}: ${block.link}`;

/**
 * UpNest's message: the name as a heading, the blocks, and a short footer. The
 * HTML has no remote images, fonts or scripts (mail apps block them, and they
 * would tell a third party when the message is read); the text part has the same words. Both are in
 * `language`, which the HTML's `lang` says. The footer says why the person gets it (the sign-in page's, unless given).
 */
export function brandedMail(
  to: string,
  subject: string,
  blocks: Block[],
  language: Language,
  footer = mailTexts(language)("footer"),
): Mail {
  return {
    to,
    subject,
    text: ["UpNest", "", ...blocks.flatMap((b) => [text(b), ""]), "--", footer, ""].join("\n"),
    html: [
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(subject)}</title></head>`,
      '<body style="margin:0;padding:24px 16px;background:#f4f7f6;color:#1c2b2b;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5">',
      '<div style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:12px;padding:24px">',
      '<h1 style="margin:0 0 16px;font-size:22px;color:#0f3d3e">UpNest</h1>',
      ...blocks.map(html),
      `<p style="margin:24px 0 0;font-size:13px;color:#4b5b5b">${escapeHtml(footer)}</p>`,
      "</div></body></html>",
    ].join("\n"),
  };
}
