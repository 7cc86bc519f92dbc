import type { csv as en } from "../en/csv.ts";

export const csv: typeof en = {
  columns: {
    measuredOn: "Fecha de la medición",
    weightKg: "Peso (kg)",
    lengthCm: "Longitud (cm)",
    lengthMethod: "Longitud medida",
    headCircumferenceCm: "Perímetro cefálico (cm)",
    notes: "Notas",
    dateGiven: "Fecha de administración",
    cvx: "Código CVX",
    vaccine: "Vacuna",
    lotNumber: "Número de lote",
    clinic: "Centro",
    reactions: "Reacciones",
    givenAbroad: "Administrada en el extranjero",
    achievedOn: "Fecha en que lo logró",
    milestoneId: "Id del hito",
    title: "Título",
    milestone: "Hito",
  },
  values: {
    yes: "sí",
    no: "no",
    lying: "tumbado",
    standing: "de pie",
  },
};
