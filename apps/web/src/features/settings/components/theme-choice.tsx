import type { Theme } from "@upnest/schemas";
import { Choice } from "../../../components/choice.tsx";
import { THEMES } from "../../../lib/theme.ts";

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };
const OPTIONS = THEMES.map((value) => ({ value, label: LABELS[value] }));

/** System / Light / Dark: applied at once on this device, and saved to the profile so other devices follow. */
export function ThemeChoice({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <Choice
        id="s-theme"
        legend="Theme"
        hint="System follows this device's light or dark setting."
        options={OPTIONS}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
