import type { ProviderOptions } from "@openauthjs/openauth/provider/provider";
import { timingSafeCompare } from "@openauthjs/openauth/random";
import { Storage } from "@openauthjs/openauth/storage/storage";
import type { Language } from "@upnest/i18n";
import type { Context } from "hono";
import { codePage, registerPage } from "../pages/forms.ts";
import { type Speech, speechFor } from "../pages/layout.ts";
import type { FormError } from "../pages/messages.ts";
import {
  checkCode,
  emailFrom,
  fieldOf,
  newCode,
  type PasswordFlowConfig,
  type PendingCode,
  passwordKey,
  type SignedIn,
  spendMail,
} from "./config.ts";
import { displayNameFrom } from "./rules.ts";

/** A pending sign-up keeps the chosen name and the sign-up page's language (a state from before names has none). */
type RegisterState =
  | { type: "start" }
  | ({ type: "code"; email: string; password: unknown; name?: string; language?: Language } & PendingCode);
type Typed = { email: string; name?: string };
const DAY = 24 * 3600;

/**
 * Sign-up: the name the family will see, e-mail and password, then the
 * e-mailed code. For an address that already has an account the visitor sees
 * exactly the same steps; its owner gets a "you already have an account"
 * e-mail instead of a code, and no code can create a second account or
 * replace the password. Pages and e-mails are in the language of the request.
 */
export function registerRoutes(config: PasswordFlowConfig, ctx: ProviderOptions<SignedIn>) {
  async function transition(c: Context, next: RegisterState, typed: Typed, error?: FormError) {
    await ctx.set(c, "provider", DAY, next);
    const speech = speechFor(c.req.raw);
    const page =
      next.type === "code"
        ? codePage(speech, { email: next.email, error, path: "register", resend: "register" })
        : registerPage(speech, { ...typed, error });
    return ctx.forward(c, await page);
  }

  /** Hashes the password and sends the one e-mail this address gets: the same work either way. */
  async function sendFor(state: Omit<Extract<RegisterState, { type: "code" }>, keyof PendingCode>, speech: Speech) {
    const pending = newCode(config.now);
    const exists = await Storage.get(ctx.storage, passwordKey(state.email));
    if (exists) await config.sendAccountExists(state.email, speech.language);
    else await config.sendCode(state.email, pending.code, speech.language);
    return { ...state, ...pending };
  }

  return {
    async show(c: Context) {
      const state: RegisterState = { type: "start" };
      await ctx.set(c, "provider", DAY, state);
      return ctx.forward(c, await registerPage(speechFor(c.req.raw), {}));
    },
    async submit(c: Context) {
      const form = await c.req.formData();
      const action = fieldOf(form, "action");
      const state = ((await ctx.get<RegisterState>(c, "provider")) ?? { type: "start" }) as RegisterState;
      const typed = { email: fieldOf(form, "email"), name: fieldOf(form, "name") };
      const speech = speechFor(c.req.raw);

      if (action === "register" && state.type === "start") {
        const chosen = displayNameFrom(typed.name);
        if ("error" in chosen) return transition(c, state, typed, chosen.error);
        const email = emailFrom(form);
        if (!email) return transition(c, state, typed, { type: "invalid_email" });
        const password = fieldOf(form, "password");
        if (!password) return transition(c, state, typed, { type: "missing_password" });
        if (password !== fieldOf(form, "repeat")) return transition(c, state, typed, { type: "password_mismatch" });
        const invalid = config.validatePassword(password);
        if (invalid) return transition(c, state, typed, invalid);
        const capped = await spendMail(config, email);
        if (capped) return transition(c, state, typed, capped);
        const hashed = await config.hasher.hash(password);
        const next = { type: "code" as const, email, password: hashed, name: chosen.name, language: speech.language };
        return transition(c, await sendFor(next, speech), typed);
      }
      if (action === "register" && state.type === "code") {
        const capped = await spendMail(config, state.email);
        if (capped) return transition(c, state, typed, capped);
        return transition(c, await sendFor(state, speech), typed);
      }
      if (action === "verify" && state.type === "code") {
        const wrong = await checkCode(config, state, fieldOf(form, "code"), timingSafeCompare);
        if (wrong) return transition(c, state, typed, wrong);
        // The address has an account (its owner was told by e-mail): no code creates another or replaces it.
        if (await Storage.get(ctx.storage, passwordKey(state.email)))
          return transition(c, state, typed, { type: "invalid_code" });
        await Storage.set(ctx.storage, passwordKey(state.email), state.password);
        const { name, language = speech.language } = state;
        return ctx.success(c, { email: state.email, ...(name ? { newAccount: { displayName: name, language } } : {}) });
      }
      return transition(c, { type: "start" }, typed);
    },
  };
}
