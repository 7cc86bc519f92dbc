import type { ProviderOptions } from "@openauthjs/openauth/provider/provider";
import { Storage } from "@openauthjs/openauth/storage/storage";
import type { Context } from "hono";
import { lockedFor, policy } from "../attempt-policy.ts";
import { loginPage } from "../pages/forms.ts";
import { speechFor } from "../pages/layout.ts";
import { emailFrom, fieldOf, type PasswordFlowConfig, passwordKey, type SignedIn } from "./config.ts";

/** Made once per instance: what an unknown address's password is checked against, so both cases do the same work. */
let dummyHash: Promise<unknown> | undefined;

/**
 * Sign-in with e-mail and password. Wrong passwords back off per account and
 * per client address (attempt-policy.ts); the check runs the password hash
 * whether or not the address has an account, and the answer is the same.
 */
export function loginRoutes(config: PasswordFlowConfig, ctx: ProviderOptions<SignedIn>) {
  return {
    async show(c: Context) {
      const speech = speechFor(c.req.raw);
      const notice = c.req.query("changed") ? speech.t("login.passwordChanged") : undefined;
      return ctx.forward(c, await loginPage(speech, { notice }));
    },
    async submit(c: Context) {
      const form = await c.req.formData();
      const email = emailFrom(form);
      const show = async (error: Parameters<typeof loginPage>[1]["error"]) =>
        ctx.forward(c, await loginPage(speechFor(c.req.raw), { email: fieldOf(form, "email"), error }));
      if (!email) return show({ type: "invalid_email" });
      const password = fieldOf(form, "password");
      if (!password) return show({ type: "missing_password" });

      const address = config.clientAddress(c);
      const now = Math.floor(config.now().getTime() / 1000);
      const [byAccount, byAddress] = await Promise.all([
        config.counters.failures("password", email),
        config.counters.failures("password-address", address),
      ]);
      const wait = Math.max(
        lockedFor(byAccount, policy.account.freeFailures, now),
        lockedFor(byAddress, policy.address.freeFailures, now),
      );
      if (wait > 0) return show({ type: "locked", seconds: wait });

      const stored = await Storage.get(ctx.storage, passwordKey(email));
      dummyHash ??= config.hasher.hash("not a password anyone has: the same work for unknown addresses");
      const matches = await config.hasher.verify(password, stored ?? (await dummyHash));
      if (!stored || !matches) {
        const keep = policy.rememberFailuresSeconds;
        const [account, fromAddress] = await Promise.all([
          config.counters.fail("password", email, keep),
          config.counters.fail("password-address", address, keep),
        ]);
        const after = Math.max(
          lockedFor(account, policy.account.freeFailures, now),
          lockedFor(fromAddress, policy.address.freeFailures, now),
        );
        return show(after > 0 ? { type: "locked", seconds: after } : { type: "invalid_password" });
      }
      await config.counters.clear("password", email);
      return ctx.success(
        c,
        { email },
        { invalidate: async (subject) => void (await Storage.set(ctx.storage, ["email", email, "subject"], subject)) },
      );
    },
  };
}
