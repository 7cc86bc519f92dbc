import { NAMESPACES } from "@upnest/i18n";
import { useTranslation } from "react-i18next";

/**
 * The catalogs' t() in a component, which renders again when the language changes: `t("key")` for common words,
 * `t("growth:key")` for a feature's.
 */
export const useT = () => useTranslation(NAMESPACES).t;
