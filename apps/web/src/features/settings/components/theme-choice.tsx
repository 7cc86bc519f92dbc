import type { Theme } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { THEMES } from "../../../lib/theme.ts";

/** System / Light / Dark: applied at once on this device, and saved to the profile so other devices follow. */
export function ThemeChoice({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  const t = useT();
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <Choice
        id="s-theme"
        legend={t("shell:theme.legend")}
        hint={t("shell:theme.hint")}
        options={THEMES.map((theme) => ({ value: theme, label: t(`shell:theme.${theme}`) }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
