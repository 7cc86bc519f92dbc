import { DEFAULT_LANGUAGE, type Language } from "@upnest/i18n";
import { mailTexts } from "../auth/language.ts";
import { brandedMail } from "./layout.ts";
import type { Mail } from "./mail.ts";

// Each message in the language of the page where the person asked for it (packages/i18n, namespace `mail`).

/** The code that confirms a new account's address. */
export function verificationCodeMail(to: string, code: string, language: Language = DEFAULT_LANGUAGE): Mail {
  const t = mailTexts(language);
  return brandedMail(
    to,
    t("verification.subject"),
    [{ p: t("verification.intro", { email: to }) }, { code }, { p: t("verification.ignore") }],
    language,
  );
}

/** The code that lets someone choose a new password. */
export function resetCodeMail(to: string, code: string, language: Language = DEFAULT_LANGUAGE): Mail {
  const t = mailTexts(language);
  return brandedMail(
    to,
    t("reset.subject"),
    [{ p: t("reset.intro", { email: to }) }, { code }, { p: t("reset.ignore") }],
    language,
  );
}

/**
 * Sent instead of saying on the page that an address has an account: the
 * owner of the address learns of the attempt, and nobody else learns anything.
 */
export function accountExistsMail(to: string, signInUrl: string, language: Language = DEFAULT_LANGUAGE): Mail {
  const url = new URL(signInUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("The sign-in link must be an http(s) URL");
  const t = mailTexts(language);
  return brandedMail(
    to,
    t("accountExists.subject"),
    [
      { p: t("accountExists.tried", { email: to }) },
      { p: t("accountExists.ifYou") },
      { link: url.href, label: t("accountExists.link") },
      { p: t("accountExists.ifNot") },
    ],
    language,
  );
}
