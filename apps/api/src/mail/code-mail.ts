import { AsyncLocalStorage } from "node:async_hooks";
import type { Language } from "@upnest/i18n";
import type { Mailer } from "./mail.ts";
import { accountExistsMail, resetCodeMail, verificationCodeMail } from "./messages.ts";

type FetchApp = { fetch: (request: Request, ...rest: never[]) => Response | Promise<Response> };

const requestPath = new AsyncLocalStorage<string>();

/**
 * OpenAuth's password provider calls `sendCode(email, code)` both for a new
 * account (under /password/register) and for a password reset (under
 * /password/change). `codeMail` remembers the path of the request being
 * served, so each gets its own message; both are in the language of the
 * page where the person asked for the code.
 */
export function codeMail(mailer: Mailer) {
  return {
    sendCode: (email: string, code: string, language: Language) =>
      mailer.send(
        requestPath.getStore()?.endsWith("/change")
          ? resetCodeMail(email, code, language)
          : verificationCodeMail(email, code, language),
      ),
    /** For the issuer's `sendAccountExists`: tells an address's owner that someone tried to sign up with it. */
    accountExists: (signInUrl: string) => (email: string, language: Language) =>
      mailer.send(accountExistsMail(email, signInUrl, language)),
    /** Wraps the issuer's `fetch` so `sendCode` knows which flow it serves; returns the same app. */
    serving<App extends FetchApp>(app: App): App {
      const fetch = app.fetch.bind(app);
      app.fetch = ((request: Request, ...rest: never[]) =>
        requestPath.run(new URL(request.url).pathname, () => fetch(request, ...rest))) as App["fetch"];
      return app;
    },
  };
}
