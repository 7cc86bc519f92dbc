import type { ProviderOptions } from "@openauthjs/openauth/provider/provider";
import { timingSafeCompare } from "@openauthjs/openauth/random";
import { Storage } from "@openauthjs/openauth/storage/storage";
import type { Context } from "hono";
import { codePage, newPasswordPage, resetPage } from "../pages/forms.ts";
import { speechFor } from "../pages/layout.ts";
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

type ChangeState =
  | { type: "start" }
  | ({ type: "code"; email: string } & PendingCode)
  | { type: "update"; email: string; issuedAt: number };
const DAY = 24 * 3600;

/**
 * Password reset: an e-mailed code, then a new password. It always ends on
 * the issuer's own sign-in page (a `redirect_uri` given to /password/change
 * is ignored: it would be an open redirect).
 */
export function changeRoutes(config: PasswordFlowConfig, ctx: ProviderOptions<SignedIn>) {
  async function transition(c: Context, next: ChangeState, email: string, error?: FormError) {
    await ctx.set(c, "provider", DAY, next);
    const speech = speechFor(c.req.raw);
    const page =
      next.type === "code"
        ? codePage(speech, { email: next.email, error, path: "change", resend: "code" })
        : next.type === "update"
          ? newPasswordPage(speech, { email: next.email, error })
          : resetPage(speech, { email, error });
    return ctx.forward(c, await page);
  }

  return {
    async show(c: Context) {
      const state: ChangeState = { type: "start" };
      await ctx.set(c, "provider", DAY, state);
      return ctx.forward(c, await resetPage(speechFor(c.req.raw), {}));
    },
    async submit(c: Context) {
      const form = await c.req.formData();
      const action = fieldOf(form, "action");
      const state = ((await ctx.get<ChangeState>(c, "provider")) ?? { type: "start" }) as ChangeState;
      const typedEmail = fieldOf(form, "email");

      if (action === "code") {
        const email = emailFrom(form);
        if (!email) return transition(c, { type: "start" }, typedEmail, { type: "invalid_email" });
        const capped = await spendMail(config, email);
        if (capped) return transition(c, { type: "start" }, typedEmail, capped);
        const pending = newCode(config.now);
        await config.sendCode(email, pending.code, speechFor(c.req.raw).language);
        return transition(c, { type: "code", email, ...pending }, email);
      }
      if (action === "verify" && state.type === "code") {
        const wrong = await checkCode(config, state, fieldOf(form, "code"), timingSafeCompare);
        if (wrong) return transition(c, state, state.email, wrong);
        return transition(c, { type: "update", email: state.email, issuedAt: state.issuedAt }, state.email);
      }
      if (action === "update" && state.type === "update") {
        const expired = Math.floor(config.now().getTime() / 1000) > state.issuedAt + 3600;
        if (expired) return transition(c, { type: "start" }, state.email, { type: "code_expired" });
        if (!(await Storage.get(ctx.storage, passwordKey(state.email)))) return c.redirect("authorize", 303);
        const password = fieldOf(form, "password");
        if (!password) return transition(c, state, state.email, { type: "missing_password" });
        if (password !== fieldOf(form, "repeat"))
          return transition(c, state, state.email, { type: "password_mismatch" });
        const invalid = config.validatePassword(password);
        if (invalid) return transition(c, state, state.email, invalid);
        await Storage.set(ctx.storage, passwordKey(state.email), await config.hasher.hash(password));
        await ctx.set(c, "provider", DAY, { type: "start" } satisfies ChangeState);
        await config.onPasswordChanged(state.email, ctx.storage);
        return c.redirect("authorize?changed=1", 303);
      }
      return transition(c, { type: "start" }, typedEmail);
    },
  };
}
