import type { shell as en } from "../en/shell.ts";

export const shell: typeof en = {
  skipToContent: "Saltar al contenido",
  titles: {
    growthCharts: "Curvas de crecimiento",
    editBaby: "Editar bebé",
    newMeasurement: "Nueva medición",
    invitation: "Invitación",
    signIn: "Iniciar sesión",
    signingIn: "Iniciando sesión",
  },
  theme: {
    legend: "Tema",
    hint: "Sistema sigue el ajuste claro u oscuro de este dispositivo.",
    system: "Sistema",
    light: "Claro",
    dark: "Oscuro",
  },
};
