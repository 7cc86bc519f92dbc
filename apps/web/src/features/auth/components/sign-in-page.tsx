import { Baby, LogIn } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { signIn } from "../../../lib/auth.ts";

/** What a signed-out person sees: one way in, to the issuer's sign-in and sign-up pages. */
export function SignInPage() {
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const start = () => {
    setLeaving(true);
    setError(null);
    signIn(window.location.pathname + window.location.search).catch(() => {
      setLeaving(false);
      setError(t("auth.cannotOpen"));
    });
  };
  return (
    <section className="mx-auto max-w-md space-y-6 rounded-2xl bg-white p-6 text-center shadow-sm">
      <Baby aria-hidden className="mx-auto size-12 text-teal-700" />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">{t("auth.welcome")}</h1>
        <p className="text-stone-600">{t("auth.pitch")}</p>
      </div>
      <Button className="w-full" onClick={start} disabled={leaving}>
        <LogIn aria-hidden className="size-5" />
        {leaving ? t("auth.opening") : t("auth.signIn")}
      </Button>
      <p className="text-sm text-stone-500">{t("auth.newHere")}</p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
