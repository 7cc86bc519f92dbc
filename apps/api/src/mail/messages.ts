import { brandedMail } from "./layout.ts";
import type { Mail } from "./mail.ts";

/** The code that confirms a new account's address. */
export const verificationCodeMail = (to: string, code: string): Mail =>
  brandedMail(to, "Your UpNest verification code", [
    { p: `Enter this code to confirm ${to} and finish creating your UpNest account:` },
    { code },
    { p: "If you did not try to create an account, ignore this e-mail: nothing happens without the code." },
  ]);

/** The code that lets someone choose a new password. */
export const resetCodeMail = (to: string, code: string): Mail =>
  brandedMail(to, "Your UpNest password reset code", [
    { p: `Enter this code to choose a new password for the UpNest account of ${to}:` },
    { code },
    { p: "If you did not ask to reset your password, ignore this e-mail: your password stays as it is." },
  ]);

/**
 * Sent instead of saying on the page that an address has an account: the
 * owner of the address learns of the attempt, and nobody else learns anything.
 */
export function accountExistsMail(to: string, signInUrl: string): Mail {
  const url = new URL(signInUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("The sign-in link must be an http(s) URL");
  return brandedMail(to, "Someone tried to create an UpNest account with your address", [
    { p: `Someone tried to create a new UpNest account with ${to}. You already have an account with this address.` },
    { p: "If it was you, sign in instead. Forgot your password? Choose “Forgot password” on the sign-in page." },
    { link: url.href, label: "Sign in to UpNest" },
    { p: "If it was not you, you need not do anything: nothing was changed." },
  ]);
}
