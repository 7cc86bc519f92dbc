import { policy } from "../attempt-policy.ts";
import type { Speech } from "./layout.ts";

/** What went wrong with a sign-in form, as the person is told it. Never says whether an address has an account. */
export type FormError =
  | { type: "missing_name" }
  | { type: "name_too_long"; max: number }
  | { type: "invalid_email" }
  | { type: "missing_password" }
  | { type: "invalid_password" }
  | { type: "password_mismatch" }
  | { type: "password_too_short"; min: number }
  | { type: "password_too_long"; max: number }
  | { type: "invalid_code" }
  | { type: "code_spent" }
  | { type: "code_expired" }
  | { type: "mail_capped" }
  | { type: "locked"; seconds: number };

/** The error in the page's language. */
export function describe(error: FormError, { t }: Speech): string {
  switch (error.type) {
    case "missing_name":
      return t("errors.missingName");
    case "name_too_long":
      return t("errors.nameTooLong", { max: error.max });
    case "invalid_email":
      return t("errors.invalidEmail");
    case "missing_password":
      return t("errors.missingPassword");
    case "invalid_password":
      return t("errors.invalidPassword");
    case "password_mismatch":
      return t("errors.passwordMismatch");
    case "password_too_short":
      return t("errors.passwordTooShort", { min: error.min });
    case "password_too_long":
      return t("errors.passwordTooLong", { max: error.max });
    case "invalid_code":
      return t("errors.invalidCode");
    case "code_spent":
      return t("errors.codeSpent", { tries: policy.codeTries });
    case "code_expired":
      return t("errors.codeExpired");
    case "mail_capped":
      return t("errors.mailCapped", { limit: policy.mailsPerHour });
    case "locked":
      return t("errors.locked", { count: Math.max(1, Math.ceil(error.seconds / 60)) });
  }
}
