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
};
