import type { mail as en } from "../en/mail.ts";

export const mail: typeof en = {
  footer: "Recibes este correo porque esta dirección se escribió en la página de inicio de sesión de UpNest.",
  verification: {
    subject: "Tu código de verificación de UpNest",
    intro: "Escribe este código para confirmar {{email}} y terminar de crear tu cuenta de UpNest:",
    ignore: "Si no intentaste crear una cuenta, ignora este correo: sin el código no ocurre nada.",
  },
  reset: {
    subject: "Tu código para restablecer la contraseña de UpNest",
    intro: "Escribe este código para elegir una contraseña nueva para la cuenta de UpNest de {{email}}:",
    ignore: "Si no pediste restablecer tu contraseña, ignora este correo: tu contraseña sigue igual.",
  },
  accountExists: {
    subject: "Alguien intentó crear una cuenta de UpNest con tu dirección",
    tried: "Alguien intentó crear una cuenta nueva de UpNest con {{email}}. Ya tienes una cuenta con esta dirección.",
    ifYou:
      "Si fuiste tú, inicia sesión. ¿Olvidaste tu contraseña? Elige «¿Olvidaste tu contraseña?» en la página de inicio de sesión.",
    link: "Iniciar sesión en UpNest",
    ifNot: "Si no fuiste tú, no tienes que hacer nada: no se cambió nada.",
  },
  /** Recordatorios (apps/api/src/reminders/): el correo y las notificaciones dicen lo mismo; los eventos del calendario. */
  reminders: {
    footer:
      "Recibes este correo porque los recordatorios están activados en tus ajustes de UpNest, donde puedes desactivarlos.",
    open: "Abrir UpNest",
    notAdvice:
      "Este recordatorio sale del registro que llevas en UpNest. Tu profesional sanitario decide qué se da y cuándo.",
    vaccines: {
      title: "{{name}}: vacunas para mañana",
      body: "Las próximas vacunas de {{name}} tocan mañana, {{date}}: {{vaccines}}.",
    },
    medicines: {
      title: "{{name}}: toca una dosis de {{medicine}}",
      body: "Según el tratamiento que anotaste, la próxima dosis de {{medicine}} de {{name}} toca a las {{time}}.",
    },
    visits: {
      title: "{{name}}: cita mañana",
      body: "{{name}} tiene cita mañana, {{date}}.",
      bodyAt: "{{name}} tiene cita mañana, {{date}} a las {{time}}.",
      clinician: "Con {{clinician}}.",
    },
    test: {
      title: "Así se verán los recordatorios de UpNest",
      body: "Los recordatorios están activados. Cuando toque una vacuna, una dosis de medicina o una cita, se verá así.",
    },
    calendar: {
      name: "Recordatorios de UpNest",
      vaccines: "{{name}}: vacunas ({{vaccines}})",
      appointment: "{{name}}: cita",
      wellChild: "{{name}}: edad habitual de una revisión ({{age}})",
      wellChildNote:
        "La edad habitual de una revisión del niño sano según el calendario Bright Futures de la AAP. Tu profesional sanitario fija la cita.",
      ageDays_one: "{{count}} día",
      ageDays_other: "{{count}} días",
      ageMonths_one: "{{count}} mes",
      ageMonths_other: "{{count}} meses",
      ageYears_one: "{{count}} año",
      ageYears_other: "{{count}} años",
    },
  },
};
