import type { integrations as en } from "../en/integrations.ts";

export const integrations: typeof en = {
  title: "Integraciones",
  intro:
    "Una clave de API permite que un asistente del hogar u otra app añada al registro de cuidados de {{name}} y lo lea. Una clave sirve solo para {{name}} y actúa en tu nombre: una clave de lectura lee; una de lectura y registro también añade tomas, pañales y medidas.",
  link: {
    label: "Integraciones",
    hint: "Claves de API para Home Assistant y otras apps",
  },
  ownersOnly: "Solo los propietarios del bebé pueden crear claves de API.",
  scope: {
    read: "Lectura",
    "read-write": "Lectura y registro",
  },
  scopeHint: {
    read: "Lee las últimas tomas, pañales, sueños y medidas.",
    "read-write": "También añade tomas, pañales y medidas.",
  },
  keys: {
    title: "Claves de API",
    label: "Claves de API",
    loading: "Cargando las claves de API…",
    none: "Todavía no hay claves de API.",
    made: "Creada por {{who}} el {{date}}",
    madeByYou: "Creada por ti el {{date}}",
    lastUsed: "Último uso: {{when}}",
    neverUsed: "Sin usar todavía",
    revoked: "Revocada: {{when}}",
    inactive: "No funciona: quien la creó ya no puede cambiar los registros de {{name}}.",
    revoke: "Revocar",
    revokeLabel: "Revocar {{name}}",
    confirmTitle: "¿Revocar «{{name}}»?",
    confirmBody: "Lo que use esta clave dejará de funcionar al momento. No se puede deshacer.",
    confirm: "Revocar la clave",
  },
  create: {
    title: "Nueva clave",
    name: "Nombre",
    nameHint: "Dónde se usa, por ejemplo Home Assistant",
    scope: "Qué puede hacer",
    submit: "Crear la clave",
    creating: "Creando la clave…",
  },
  secret: {
    title: "Tu nueva clave: {{name}}",
    label: "Clave de API",
    warning:
      "Cópiala ahora y guárdala en secreto: solo se muestra esta vez, y quien la tenga puede leer el registro de cuidados de {{name}}.",
    warningWrite:
      "Cópiala ahora y guárdala en secreto: solo se muestra esta vez, y quien la tenga puede leer el registro de cuidados de {{name}} y añadir a él.",
    copy: "Copiar",
    copied: "Copiada",
    copyLabel: "Copiar la clave de API",
    done: "Ya la guardé",
  },
  example: {
    title: "Pruébala",
    body: "Añade un pañal mojado desde una terminal (la clave va en la cabecera Authorization):",
    read: "Lee la última toma:",
    docs: "Cada operación se describe en el documento OpenAPI",
  },
  historyActor: "{{name}} (clave de API)",
};
