/** The issuer's e-mails: the sign-up and password-reset codes, and "you already have an account". */
export const mail = {
  footer: "You get this e-mail because this address was entered on UpNest's sign-in page.",
  verification: {
    subject: "Your UpNest verification code",
    intro: "Enter this code to confirm {{email}} and finish creating your UpNest account:",
    ignore: "If you did not try to create an account, ignore this e-mail: nothing happens without the code.",
  },
  reset: {
    subject: "Your UpNest password reset code",
    intro: "Enter this code to choose a new password for the UpNest account of {{email}}:",
    ignore: "If you did not ask to reset your password, ignore this e-mail: your password stays as it is.",
  },
  accountExists: {
    subject: "Someone tried to create an UpNest account with your address",
    tried:
      "Someone tried to create a new UpNest account with {{email}}. You already have an account with this address.",
    ifYou: "If it was you, sign in instead. Forgot your password? Choose “Forgot password” on the sign-in page.",
    link: "Sign in to UpNest",
    ifNot: "If it was not you, you need not do anything: nothing was changed.",
  },
};
