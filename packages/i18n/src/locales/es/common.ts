import type { common as en } from "../en/common.ts";

export const common: typeof en = {
  appName: "UpNest",
  loading: "Cargando…",
  tryAgain: "Intentar de nuevo",
  reload: "Volver a cargar",
  save: "Guardar",
  saving: "Guardando…",
  cancel: "Cancelar",
  edit: "Editar",
  nav: {
    account: "Cuenta",
    settings: "Ajustes",
  },
};
