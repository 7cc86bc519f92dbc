/** The sign-in issuer's own pages: sign in, sign up, the e-mailed code, password reset, and its error pages. */
export const issuer = {
  /** The browser tab's title: the page's heading and the app's name. */
  documentTitle: "{{title}} · UpNest",
  continue: "Continue",
  fields: {
    name: "Your name",
    nameHint: "What your family sees, for example on invitations and in History.",
    email: "E-mail address",
    password: "Password",
    passwordHint: "At least 8 characters.",
    repeat: "Repeat the password",
    code: "Code from your e-mail",
  },
  login: {
    title: "Sign in to UpNest",
    newHere: "New to UpNest?",
    register: "Register",
    forgot: "Forgot your password?",
    passwordChanged: "Your password was changed. Sign in with the new one.",
  },
  register: {
    title: "Create your UpNest account",
    intro: "We will e-mail you a code to confirm the address.",
    haveAccount: "Already have an account?",
    signIn: "Sign in",
  },
  code: {
    title: "Check your e-mail",
    sent: "We sent an e-mail to {{email}}. Enter the 6-digit code from it; it works for one hour.",
    resend: "Send a new code",
  },
  reset: {
    title: "Reset your password",
    intro: "We will e-mail you a code. With it you can choose a new password.",
    back: "Back to sign in",
  },
  newPassword: {
    title: "Choose a new password",
    intro: "For {{email}}. Choose one you do not use anywhere else.",
    submit: "Save the new password",
  },
  errors: {
    missingName: "Enter your name, as your family should see it.",
    nameTooLong: "Your name can be at most {{max}} characters. Use a shorter form of it.",
    invalidEmail: "Enter a valid e-mail address, like name@example.com.",
    missingPassword: "Enter a password.",
    invalidPassword: "That e-mail address and password do not match. Check both and try again, or reset your password.",
    passwordMismatch: "The two passwords are not the same. Type the same password twice.",
    passwordTooShort: "That password cannot be used: use at least {{min}} characters.",
    passwordTooLong: "That password cannot be used: use at most {{max}} characters.",
    invalidCode: "That code is not right. Use the code from the latest e-mail from UpNest.",
    codeSpent: "This code was tried {{tries}} times and no longer works. Send a new code and use that one.",
    codeExpired: "This code has expired. Send a new code and use that one.",
    mailCapped:
      "We have sent {{limit}} e-mails to this address in the last hour. Use the latest code, or try again in an hour.",
    locked_one:
      "Too many wrong passwords. For your safety, sign-in is paused: try again in {{count}} minute, or reset your password.",
    locked_other:
      "Too many wrong passwords. For your safety, sign-in is paused: try again in {{count}} minutes, or reset your password.",
  },
  /** Pages shown instead of a sign-in form: what to do next, never an internal detail. */
  failed: {
    title: "Sign-in could not continue",
    back: "Go back to UpNest and try again",
    expired:
      "This sign-in page was open for too long, or was opened in another browser. Go back to UpNest and sign in again.",
    invalidRequest: "The sign-in request was not valid.",
    internal: "Something went wrong on our side. Nothing was changed; please try again.",
    crossSite: "This form can only be sent from UpNest's own sign-in page.",
    tooLarge: "The request is too large.",
  },
  /** Why a sign-in request from an app was refused (the request's own values are never repeated). */
  refused: {
    repeated: "The sign-in request repeats a parameter.",
    unknownClient: "This app is not allowed to sign in with UpNest.",
    redirect: "This app may not send you to that address after signing in.",
    flow: "Only the authorization-code flow is supported.",
    pkce: "The sign-in request must use PKCE with S256.",
    provider: "This sign-in method is not available.",
  },
};
