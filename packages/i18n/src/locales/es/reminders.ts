import type { reminders as en } from "../en/reminders.ts";

export const reminders: typeof en = {
  title: "Recordatorios",
  intro:
    "Recordatorios de vacunas que tocan pronto, dosis de medicamentos y visitas, de cada bebé que compartes. Son tuyos: cada cuidador elige los suyos.",
  settingsLink: {
    label: "Recordatorios",
    hint: "Notificaciones, correo, horas de silencio y un enlace de calendario",
  },
  choices: {
    title: "Qué y cómo",
    channels: "Cómo avisarte",
    email: "Correo electrónico",
    emailHint: "A {{email}}",
    topics: "De qué avisarte",
    vaccines: "Vacunas que tocan pronto",
    medicines: "Dosis de medicamentos",
    visits: "Visitas y citas",
    quiet: "Horas de silencio",
    quietHint: "No llega nada entre estas horas en tu reloj ({{zone}}); lo que caiga en ellas llega cuando terminan.",
    from: "Desde",
    to: "Hasta",
    submit: "Guardar recordatorios",
    saved: "Recordatorios guardados",
  },
  device: {
    title: "Notificaciones",
    turnOn: "Activar notificaciones en este dispositivo",
    turningOn: "Activando…",
    on: "Las notificaciones están activadas en este dispositivo.",
    off: "Este dispositivo aún no recibe notificaciones.",
    asks: "El navegador te preguntará si UpNest puede mostrar notificaciones.",
    turnedOn: "Notificaciones activadas en este dispositivo",
    blocked:
      "Las notificaciones de UpNest están bloqueadas en la configuración del navegador. Permítelas allí (el candado o el icono de ajustes junto a la dirección) y vuelve a cargar esta página.",
    dismissed:
      "No se permitió al navegador mostrar notificaciones. Vuelve a tocar el botón para que te lo pregunte otra vez.",
    unsupported:
      "Este navegador no puede mostrar las notificaciones de UpNest. El correo y el enlace de calendario siguen funcionando. En un iPhone, las notificaciones necesitan UpNest añadido a la pantalla de inicio.",
    failed:
      "Este navegador no pudo suscribirse a las notificaciones: necesita llegar a su servicio de avisos. Revisa la conexión y vuelve a intentarlo.",
    notSetUp: "Las notificaciones aún no están configuradas en este servidor de UpNest. El correo sí funciona.",
  },
  devices: {
    list: "Dispositivos que reciben notificaciones",
    none: "Ningún dispositivo recibe notificaciones todavía.",
    thisDevice: "Este dispositivo",
    unnamed: "Un navegador",
    since: "Desde el {{date}}",
    turnOff: "Desactivar",
    turnOffOn: "Desactivar las notificaciones en {{device}}",
    turnedOff: "Notificaciones desactivadas en ese dispositivo",
  },
  test: {
    send: "Enviar un recordatorio de prueba",
    sending: "Enviando…",
    hint: "Llega uno ahora por cada uno de tus canales, para que veas cómo son los recordatorios.",
    sent: "Recordatorio de prueba enviado",
    nowhere: "Activa primero el correo o las notificaciones en un dispositivo: no hay adónde enviarlo.",
  },
  calendar: {
    title: "Enlace de calendario",
    intro:
      "Las vacunas pendientes y las visitas en tu propia aplicación de calendario, siempre al día. Quien tenga el enlace puede ver esas fechas, así que añádelo solo a tu calendario.",
    make: "Crear un enlace de calendario",
    label: "Tu enlace de calendario",
    copy: "Copiar enlace",
    copied: "Enlace copiado",
    copyFailed: "No se pudo copiar: selecciona el enlace y cópialo tú.",
    howTo: "Cómo añadirlo a un calendario",
    google:
      "Google Calendar, en un ordenador: junto a «Otros calendarios» elige + y luego «Desde URL», pega el enlace y pulsa «Añadir calendario». Después aparece también en tu teléfono.",
    apple:
      "Calendario de Apple, en un iPhone: Ajustes → Apps → Calendario → Cuentas de calendario → Añadir cuenta → Otra → Añadir calendario suscrito, y pega el enlace. En un Mac: Archivo → Nueva suscripción a calendario.",
    refresh:
      "Los calendarios vuelven a leer el enlace cada pocas horas, así que un cambio en UpNest aparece allí un poco más tarde.",
    renew: "Crear un enlace nuevo",
    renewTitle: "¿Crear un enlace de calendario nuevo?",
    renewBody:
      "El enlace que tienes ahora deja de funcionar en el acto: los calendarios que lo usan dejan de recibir las fechas de UpNest hasta que les des el enlace nuevo.",
    renewed: "Enlace de calendario nuevo creado; el anterior ya no funciona",
    off: "Desactivar",
    offLabel: "Desactivar el enlace de calendario",
    offTitle: "¿Desactivar el enlace de calendario?",
    offBody:
      "El enlace deja de funcionar en el acto y los calendarios que lo usan no reciben fechas nuevas de UpNest (algunos siguen mostrando las que ya tienen). Puedes crear un enlace nuevo más adelante.",
    offConfirm: "Desactivar el enlace",
    turnedOff: "Enlace de calendario desactivado",
  },
  upcoming: {
    title: "Próximos recordatorios",
    none: "Nada que recordarte de {{name}} en los próximos días.",
    topics: {
      vaccines: "Vacuna",
      medicines: "Medicamento",
      visits: "Visita",
    },
  },
};
