import type { Theme } from "@upnest/schemas";
import { useTranslation } from "react-i18next";
import { Choice } from "../../../components/choice.tsx";
import { THEMES } from "../../../lib/theme.ts";

/** System / Light / Dark: applied at once on this device, and saved to the profile so other devices follow. */
export function ThemeChoice({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  const { t } = useTranslation("shell");
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <Choice
        id="s-theme"
        legend={t("theme.legend")}
        hint={t("theme.hint")}
        options={THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
