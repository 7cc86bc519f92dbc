import type { issuer as en } from "../en/issuer.ts";

export const issuer: typeof en = {
  documentTitle: "{{title}} · UpNest",
  continue: "Continuar",
  fields: {
    name: "Tu nombre",
    nameHint: "Lo que ve tu familia, por ejemplo en las invitaciones y en el Historial.",
    email: "Correo electrónico",
    password: "Contraseña",
    passwordHint: "Al menos 8 caracteres.",
    repeat: "Repite la contraseña",
    code: "Código del correo",
  },
  login: {
    title: "Inicia sesión en UpNest",
    newHere: "¿Eres nuevo en UpNest?",
    register: "Crear una cuenta",
    forgot: "¿Olvidaste tu contraseña?",
    passwordChanged: "Tu contraseña se cambió. Inicia sesión con la nueva.",
  },
  register: {
    title: "Crea tu cuenta de UpNest",
    intro: "Te enviaremos un código por correo para confirmar la dirección.",
    haveAccount: "¿Ya tienes una cuenta?",
    signIn: "Iniciar sesión",
  },
  code: {
    title: "Revisa tu correo",
    sent: "Enviamos un correo a {{email}}. Escribe el código de 6 cifras que contiene; sirve durante una hora.",
    resend: "Enviar un código nuevo",
  },
  reset: {
    title: "Restablece tu contraseña",
    intro: "Te enviaremos un código por correo. Con él puedes elegir una contraseña nueva.",
    back: "Volver a iniciar sesión",
  },
  newPassword: {
    title: "Elige una contraseña nueva",
    intro: "Para {{email}}. Elige una que no uses en ningún otro sitio.",
    submit: "Guardar la contraseña nueva",
  },
  errors: {
    missingName: "Escribe tu nombre, tal como debe verlo tu familia.",
    nameTooLong: "Tu nombre puede tener como máximo {{max}} caracteres. Usa una forma más corta.",
    invalidEmail: "Escribe un correo electrónico válido, como nombre@ejemplo.com.",
    missingPassword: "Escribe una contraseña.",
    invalidPassword:
      "Ese correo y esa contraseña no coinciden. Revisa ambos e inténtalo de nuevo, o restablece tu contraseña.",
    passwordMismatch: "Las dos contraseñas no son iguales. Escribe la misma contraseña dos veces.",
    passwordTooShort: "Esa contraseña no se puede usar: usa al menos {{min}} caracteres.",
    passwordTooLong: "Esa contraseña no se puede usar: usa como máximo {{max}} caracteres.",
    invalidCode: "Ese código no es correcto. Usa el código del correo más reciente de UpNest.",
    codeSpent: "Este código se probó {{tries}} veces y ya no funciona. Pide un código nuevo y usa ese.",
    codeExpired: "Este código ha caducado. Pide un código nuevo y usa ese.",
    mailCapped:
      "Hemos enviado {{limit}} correos a esta dirección en la última hora. Usa el código más reciente o vuelve a intentarlo dentro de una hora.",
    locked_one:
      "Demasiadas contraseñas incorrectas. Por tu seguridad, el inicio de sesión está en pausa: vuelve a intentarlo dentro de {{count}} minuto, o restablece tu contraseña.",
    locked_other:
      "Demasiadas contraseñas incorrectas. Por tu seguridad, el inicio de sesión está en pausa: vuelve a intentarlo dentro de {{count}} minutos, o restablece tu contraseña.",
  },
  failed: {
    title: "No se pudo continuar con el inicio de sesión",
    back: "Vuelve a UpNest e inténtalo de nuevo",
    expired:
      "Esta página de inicio de sesión estuvo abierta demasiado tiempo, o se abrió en otro navegador. Vuelve a UpNest e inicia sesión de nuevo.",
    invalidRequest: "La solicitud de inicio de sesión no era válida.",
    internal: "Algo falló por nuestra parte. No se cambió nada; inténtalo de nuevo.",
    crossSite: "Este formulario solo se puede enviar desde la propia página de inicio de sesión de UpNest.",
    tooLarge: "La solicitud es demasiado grande.",
  },
  refused: {
    repeated: "La solicitud de inicio de sesión repite un parámetro.",
    unknownClient: "Esta aplicación no puede iniciar sesión con UpNest.",
    redirect: "Esta aplicación no puede enviarte a esa dirección después de iniciar sesión.",
    flow: "Solo se admite el flujo con código de autorización.",
    pkce: "La solicitud de inicio de sesión debe usar PKCE con S256.",
    provider: "Este método de inicio de sesión no está disponible.",
  },
};
