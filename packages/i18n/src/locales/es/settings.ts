import type { settings as en } from "../en/settings.ts";

export const settings: typeof en = {
  title: "Ajustes",
  displayName: {
    label: "Nombre visible",
    hint: "Lo ven los familiares con quienes compartes a un bebé.",
  },
  units: {
    legend: "Unidades",
    hint: "Para cada peso, talla y perímetro cefálico que ves o introduces. Los valores se guardan exactos en ambos casos.",
    metric: "Métricas (kg, cm)",
    imperial: "Imperiales (lb + oz, in)",
  },
  language: {
    legend: "Idioma",
    hint: "El idioma en que UpNest te habla, en todos los dispositivos donde inicies sesión.",
  },
  timezone: {
    label: "Zona horaria",
    useDevice: "Usar la zona horaria de este dispositivo ({{zone}})",
  },
  conflict:
    "Tus ajustes se cambiaron en otro lugar (otro dispositivo o pestaña) después de abrir esta página. Vuelve a cargarla para verlos y haz tu cambio de nuevo.",
  saved: "Ajustes guardados",
  submit: "Guardar ajustes",
};
