import { Link } from "@tanstack/react-router";
import { ArrowRightLeft } from "lucide-react";
import { buttonClass } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { Section } from "../../account/components/section.tsx";

/** The account page's way to the import from another app (its page and converters load only when opened). */
export function OtherAppsSection() {
  const t = useT();
  return (
    <Section title={t("imports:link.title")}>
      <p className="text-sm text-stone-600">{t("imports:link.intro")}</p>
      <Link to="/settings/import/baby-buddy" className={buttonClass("secondary", "w-full sm:w-auto")}>
        <ArrowRightLeft aria-hidden className="size-4" /> {t("imports:link.open")}
      </Link>
    </Section>
  );
}
