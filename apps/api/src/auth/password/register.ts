import type { ProviderOptions } from "@openauthjs/openauth/provider/provider";
import { timingSafeCompare } from "@openauthjs/openauth/random";
import { Storage } from "@openauthjs/openauth/storage/storage";
import type { Context } from "hono";
import { codePage, registerPage } from "../pages/forms.ts";
import type { FormError } from "../pages/messages.ts";
import {
  checkCode,
  emailFrom,
  fieldOf,
  newCode,
  type PasswordFlowConfig,
  type PendingCode,
  passwordKey,
  spendMail,
} from "./config.ts";

type RegisterState = { type: "start" } | ({ type: "code"; email: string; password: unknown } & PendingCode);
const DAY = 24 * 3600;

/**
 * Sign-up: e-mail and password, then the e-mailed code. For an address that
 * already has an account the visitor sees exactly the same steps; its owner
 * gets a "you already have an account" e-mail instead of a code, and no code
 * can create a second account or replace the password.
 */
export function registerRoutes(config: PasswordFlowConfig, ctx: ProviderOptions<{ email: string }>) {
  async function transition(c: Context, next: RegisterState, email: string, error?: FormError) {
    await ctx.set(c, "provider", DAY, next);
    const page =
      next.type === "code"
        ? codePage({ email: next.email, error, path: "register", resend: "register" })
        : registerPage({ email, error });
    return ctx.forward(c, await page);
  }

  /** Hashes the password and sends the one e-mail this address gets: the same work either way. */
  async function sendFor(email: string, password: unknown): Promise<RegisterState> {
    const pending = newCode(config.now);
    const exists = await Storage.get(ctx.storage, passwordKey(email));
    if (exists) await config.sendAccountExists(email);
    else await config.sendCode(email, pending.code);
    return { type: "code", email, password, ...pending };
  }

  return {
    async show(c: Context) {
      const state: RegisterState = { type: "start" };
      await ctx.set(c, "provider", DAY, state);
      return ctx.forward(c, await registerPage({}));
    },
    async submit(c: Context) {
      const form = await c.req.formData();
      const action = fieldOf(form, "action");
      const state = ((await ctx.get<RegisterState>(c, "provider")) ?? { type: "start" }) as RegisterState;
      const typedEmail = fieldOf(form, "email");

      if (action === "register" && state.type === "start") {
        const email = emailFrom(form);
        if (!email) return transition(c, state, typedEmail, { type: "invalid_email" });
        const password = fieldOf(form, "password");
        if (!password) return transition(c, state, typedEmail, { type: "missing_password" });
        if (password !== fieldOf(form, "repeat"))
          return transition(c, state, typedEmail, { type: "password_mismatch" });
        const invalid = config.validatePassword(password);
        if (invalid) return transition(c, state, typedEmail, { type: "validation_error", message: invalid });
        const capped = await spendMail(config, email);
        if (capped) return transition(c, state, typedEmail, capped);
        return transition(c, await sendFor(email, await config.hasher.hash(password)), email);
      }
      if (action === "register" && state.type === "code") {
        const capped = await spendMail(config, state.email);
        if (capped) return transition(c, state, state.email, capped);
        return transition(c, await sendFor(state.email, state.password), state.email);
      }
      if (action === "verify" && state.type === "code") {
        const wrong = await checkCode(config, state, fieldOf(form, "code"), timingSafeCompare);
        if (wrong) return transition(c, state, state.email, wrong);
        // The address has an account (its owner was told by e-mail): no code creates another or replaces it.
        if (await Storage.get(ctx.storage, passwordKey(state.email)))
          return transition(c, state, state.email, { type: "invalid_code" });
        await Storage.set(ctx.storage, passwordKey(state.email), state.password);
        return ctx.success(c, { email: state.email });
      }
      return transition(c, { type: "start" }, typedEmail);
    },
  };
}
