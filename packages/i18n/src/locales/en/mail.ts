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
  /** Reminders (apps/api/src/reminders/): e-mail and Web Push say the same words; the calendar feed's events. */
  reminders: {
    footer: "You get this e-mail because reminders are on in your UpNest settings, where you can turn them off.",
    open: "Open UpNest",
    notAdvice: "This reminder comes from the record you keep in UpNest. Your clinician decides what is given and when.",
    vaccines: {
      title: "{{name}}: vaccines due tomorrow",
      body: "{{name}}'s next vaccines are due tomorrow, {{date}}: {{vaccines}}.",
    },
    medicines: {
      title: "{{name}}: {{medicine}} dose due",
      body: "By the course you entered, {{name}}'s next dose of {{medicine}} is due at {{time}}.",
    },
    visits: {
      title: "{{name}}: appointment tomorrow",
      body: "{{name}} has an appointment tomorrow, {{date}}.",
      bodyAt: "{{name}} has an appointment tomorrow, {{date}} at {{time}}.",
      clinician: "With {{clinician}}.",
    },
    test: {
      title: "This is how UpNest reminders will look",
      body: "Reminders are on. When a vaccine, a dose of medicine or an appointment is due, it will look like this.",
    },
    calendar: {
      name: "UpNest reminders",
      vaccines: "{{name}}: vaccines due ({{vaccines}})",
      appointment: "{{name}}: appointment",
      wellChild: "{{name}}: usual time for a check-up ({{age}})",
      wellChildNote:
        "The AAP Bright Futures schedule's usual age for a well-child visit. Your clinician sets the actual appointment.",
      ageDays_one: "{{count}} day",
      ageDays_other: "{{count}} days",
      ageMonths_one: "{{count}} month",
      ageMonths_other: "{{count}} months",
      ageYears_one: "{{count}} year",
      ageYears_other: "{{count}} years",
    },
  },
};
