import type { errors as en } from "../en/errors.ts";

export const errors: typeof en = {
  notFound: "No se encontró: {{what}}",
  changedBySomeoneElse:
    "Otra persona cambió este registro ({{what}}). Vuelve a cargar para ver lo último e inténtalo de nuevo.",
  alreadyRecorded: "Este registro ({{what}}) ya está guardado",
  babyChanged: "Otra persona cambió los datos de este bebé. Vuelve a cargar para ver lo último e inténtalo de nuevo.",
  profileChanged: "Tu perfil se cambió en otro sitio. Vuelve a cargar para ver lo último e inténtalo de nuevo.",
  sameMoment: "Otra persona cambió esto en el mismo momento. Vuelve a cargar e inténtalo de nuevo.",
  accessSameMoment: "El acceso a este bebé cambió en el mismo momento. Vuelve a cargar e inténtalo de nuevo.",
  detailsSameMoment: "Los datos de este bebé cambiaron en el mismo momento. Inténtalo de nuevo.",
  whoSameMoment: "Quién puede ver a este bebé cambió en el mismo momento. Inténtalo de nuevo.",
  lastOwner: "Un bebé necesita al menos un propietario. Haz propietario a otra persona primero.",
  alreadyMember: "Ya tienes acceso a este bebé",
  ownInvitation: "Tú creaste esta invitación. Envía el enlace a la persona que quieres invitar.",
  keyReused: "Esta clave de solicitud ya se usó para otro cambio",
  roleRefused: "Tu rol en el registro de este bebé no permite este cambio",
  ownersOnly: "Solo los propietarios del bebé pueden gestionar quién tiene acceso",
  historyOwnersOnly: "Solo los propietarios del bebé pueden leer el historial de cambios",
  linkUsed: "Este enlace de invitación caducó o ya se usó. Pide uno nuevo.",
  linkExpired: "Este enlace de invitación caducó. Pide uno nuevo.",
  badPageLink: "Este enlace de página no es válido. Empieza desde la primera página.",
  busy: "El servicio está ocupado. Inténtalo de nuevo en un momento.",
  tooMany: "Demasiadas solicitudes en poco tiempo. Espera {{seconds}} segundos e inténtalo de nuevo.",
  signIn: "Vuelve a iniciar sesión.",
  internal: "Algo salió mal por nuestra parte. Inténtalo de nuevo.",
  importTooLarge:
    "Este archivo tiene {{records}} registros; una importación admite como máximo {{limit}}. Divídelo en archivos más pequeños.",
  importBudget:
    "Este archivo tiene {{records}} registros, más de los que puedes importar ahora (como máximo {{limit}} registros en {{minutes}} minutos). Vuelve a intentarlo dentro de {{wait}} minutos o importa un archivo más pequeño.",
  // Registros de otra app.
  importBatchBudget:
    "Ya has importado todas las entradas que puedes por ahora (como máximo {{limit}} en {{minutes}} minutos). Vuelve a intentarlo dentro de {{wait}} minutos: las entradas ya importadas se saltan.",
  importInvalidEntries: "Algunas entradas no se pueden importar: cada problema dice de qué entrada es",
  timerRunning: "Ya hay un temporizador de {{what}} en marcha",
  timerChanged: "Otra persona cambió este temporizador. Vuelve a cargar para verlo e inténtalo de nuevo.",
  things: {
    measurement: "medición",
    vaccination: "vacuna",
    milestone: "hito",
    baby: "bebé",
    member: "miembro",
    membership: "acceso",
    invitation: "invitación",
    profile: "perfil",
    account: "cuenta",
    session: "sesión",
    feeding: "toma",
    sleep: "sueño",
    diaper: "pañal",
    pumping: "extracción",
    "tummy time": "tiempo boca abajo",
    note: "nota",
    entry: "registro de seguimiento",
    timer: "temporizador",
    // The health log.
    "medicine course": "tratamiento",
    "medicine dose": "dosis de medicamento",
    temperature: "temperatura",
    illness: "enfermedad",
    allergy: "alergia",
    visit: "visita",
    "API key": "clave de API",
  },
  /** Recordatorios (apps/api/src/routers/reminders.ts). */
  pushServiceRefused:
    "No se pueden activar las notificaciones con el servicio de este navegador. Prueba con otro navegador.",
  /** Una tarjeta de salud o el archivo de una clínica leídos para las vacunas de un bebé. */
  healthCardDamaged:
    "Los datos firmados de la tarjeta de salud están dañados o no tienen el formato SMART Health Card.",
  healthCardAltered: "La firma de la tarjeta de salud no coincide con su contenido: puede que la hayan modificado.",
  healthCardNotCredential:
    "La tarjeta de salud está bien firmada, pero su contenido no es una credencial SMART Health Card.",
  fhirFileUnreadable: "Este archivo no es un Bundle ni una Immunization de FHIR.",
  apiKeysOwnersOnly: "Solo los propietarios del bebé pueden gestionar sus claves de API",
  apiKeyAlreadyRevoked: "Esta clave de API ya estaba revocada",
  apiKeysAtMost: "Un bebé puede tener como máximo {{max}} claves de API. Revoca una primero.",
  apiKeyRefused: "Esta clave de API no es válida. Puede que la hayan revocado.",
  apiKeyNotHere: "Una clave de API no se puede usar para esto",
};
