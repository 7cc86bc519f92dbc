import { policy } from "../attempt-policy.ts";

/** What went wrong with a sign-in form, as the person is told it. Never says whether an address has an account. */
export type FormError =
  | { type: "invalid_email" }
  | { type: "missing_password" }
  | { type: "invalid_password" }
  | { type: "password_mismatch" }
  | { type: "validation_error"; message: string }
  | { type: "invalid_code" }
  | { type: "code_spent" }
  | { type: "code_expired" }
  | { type: "mail_capped" }
  | { type: "locked"; seconds: number };

const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return n === 1 ? "1 minute" : `${n} minutes`;
};

export function describe(error: FormError): string {
  switch (error.type) {
    case "invalid_email":
      return "Enter a valid e-mail address, like name@example.com.";
    case "missing_password":
      return "Enter a password.";
    case "invalid_password":
      return "That e-mail address and password do not match. Check both and try again, or reset your password.";
    case "password_mismatch":
      return "The two passwords are not the same. Type the same password twice.";
    case "validation_error":
      return `That password cannot be used: ${error.message}.`;
    case "invalid_code":
      return "That code is not right. Use the code from the latest e-mail from UpNest.";
    case "code_spent":
      return `This code was tried ${policy.codeTries} times and no longer works. Send a new code and use that one.`;
    case "code_expired":
      return "This code has expired. Send a new code and use that one.";
    case "mail_capped":
      return `We have sent ${policy.mailsPerHour} e-mails to this address in the last hour. Use the latest code, or try again in an hour.`;
    case "locked":
      return `Too many wrong passwords. For your safety, sign-in is paused: try again in ${minutes(error.seconds)}, or reset your password.`;
  }
}
