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
  heights: {
    legend: "Para la talla diana (opcional)",
    hint: "La altura adulta de la madre y el padre biológicos da una talla diana en la pestaña Crecimiento. Déjalas vacías si no las sabes; vacía una para quitarla.",
    mother: "Altura de la madre biológica",
    father: "Altura del padre biológico",
    withUnit: "{{label}} ({{unit}})",
    ft: "Pies",
    in: "Pulgadas",
    feetInches: "Escribe los pies, y las pulgadas de 0 a 11,9",
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
