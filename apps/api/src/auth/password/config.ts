import type { PasswordHasher } from "@openauthjs/openauth/provider/password";
import { generateUnbiasedDigits } from "@openauthjs/openauth/random";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import type { AttemptCounters } from "@upnest/db";
import type { Language } from "@upnest/i18n";
import type { Context } from "hono";
import { z } from "zod";
import { policy } from "../attempt-policy.ts";
import type { FormError } from "../pages/messages.ts";

export type PasswordFlowConfig = {
  counters: AttemptCounters;
  now: () => Date;
  hasher: PasswordHasher<unknown>;
  /** E-mails a code, in the language of the page where the person asked for it. */
  sendCode: (email: string, code: string, language: Language) => Promise<void>;
  /** Sign-up for an address that has an account: tell its owner (instead of telling the visitor). */
  sendAccountExists: (email: string, language: Language) => Promise<void>;
  validatePassword: (password: string) => FormError | undefined;
  /** After a password reset (the new hash is stored): end the account's sessions. */
  onPasswordChanged: (email: string, storage: StorageAdapter) => Promise<void>;
  clientAddress: (c: Context) => string;
};

/**
 * What the provider tells the issuer about a finished sign-in. A new account also brings the name its person
 * chose and the sign-up page's language, which the API's first profile starts with.
 */
export type SignedIn = { email: string; newAccount?: { displayName: string; language: Language } };

/** A code on its way to someone: the code, an id its tries are counted under, and when it was made. */
export type PendingCode = { code: string; codeId: string; issuedAt: number };

export const passwordKey = (email: string) => ["email", email, "password"];

const emailSchema = z.email().max(254);
/** The address as typed, lower-cased; undefined when it is not an e-mail address. */
export function emailFrom(form: FormData): string | undefined {
  const email = form.get("email")?.toString().trim().toLowerCase() ?? "";
  return emailSchema.safeParse(email).success ? email : undefined;
}
export const fieldOf = (form: FormData, name: string) => form.get(name)?.toString() ?? "";

export function newCode(now: () => Date): PendingCode {
  return {
    code: generateUnbiasedDigits(6),
    codeId: crypto.randomUUID(),
    issuedAt: Math.floor(now().getTime() / 1000),
  };
}

/** Spends one e-mail of the address's hourly allowance; an error to show once it is used up. */
export async function spendMail(config: PasswordFlowConfig, email: string): Promise<FormError | undefined> {
  const allowed = await config.counters.spend("mail", email, { limit: policy.mailsPerHour, windowSeconds: 3600 });
  return allowed ? undefined : { type: "mail_capped" };
}

/**
 * Checks a typed code against the pending one. Every try is counted in the
 * table before the comparison, so a code allows `policy.codeTries` tries in
 * all, across every instance, however fast they come; then even the right
 * code is refused.
 */
export async function checkCode(
  config: PasswordFlowConfig,
  pending: PendingCode,
  typed: string,
  timingSafeCompare: (a: string, b: string) => boolean,
): Promise<FormError | undefined> {
  if (Math.floor(config.now().getTime() / 1000) > pending.issuedAt + policy.codeLifetimeSeconds)
    return { type: "code_expired" };
  const allowed = await config.counters.spend("code", pending.codeId, {
    limit: policy.codeTries,
    keepSeconds: 2 * policy.codeLifetimeSeconds,
  });
  if (!allowed) return { type: "code_spent" };
  return timingSafeCompare(typed.trim(), pending.code) ? undefined : { type: "invalid_code" };
}
