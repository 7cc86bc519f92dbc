import type { babies as en } from "../en/babies.ts";

export const babies: typeof en = {
  list: {
    label: "Bebés",
    loading: "Cargando tus bebés…",
    emptyTitle: "Aún no hay bebés",
    emptyText: "Añade a tu bebé para empezar a registrar su crecimiento.",
    addBaby: "Añadir un bebé",
    ageAndBirth: "{{age}} · nació el {{date}}",
  },
  summary: {
    age: "Edad",
    born: "Nacimiento",
    bornAtWeeks: "{{date}}, a las {{weeks}} semanas",
    sex: "Sexo",
  },
  sex: {
    female: "Niña",
    male: "Niño",
  },
  form: {
    name: "Nombre",
    dateOfBirth: "Fecha de nacimiento",
    sexHint: "Las curvas de crecimiento son distintas para niñas y niños.",
    weeks: "Semanas de embarazo al nacer (opcional)",
    weeksHint: "Para un bebé que nació antes o después de tiempo, p. ej. 34. Déjalo vacío si no lo sabes.",
    add: "Añadir bebé",
    timeZone: "Zona horaria",
    timeZoneHint:
      "El día de la familia (hoy, los totales del día) sigue el reloj de esta zona, esté donde esté el móvil de quien cuida.",
    useDevice: "Usar la zona horaria de este dispositivo ({{zone}})",
  },
  page: {
    newTitle: "Añadir un bebé",
    editTitle: "Editar bebé",
    measurements: "Medidas",
    addMeasurement: "Añadir medida",
    charts: "Curvas de crecimiento y percentiles",
    newMeasurement: "Nueva medida",
    growthOf: "Crecimiento de {{name}}",
    historyOwnersOnly: "Solo los propietarios del bebé pueden ver el historial de cambios.",
  },
};
