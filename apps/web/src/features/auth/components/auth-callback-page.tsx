import { useRouter } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { completeSignIn, signIn } from "../../../lib/auth.ts";

/** Where the issuer sends the person back: swaps the one-time code for tokens, then returns to where they were. */
export function AuthCallbackPage() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  useEffect(() => {
    completeSignIn(new URLSearchParams(window.location.search)).then(
      (returnTo) => router.history.replace(returnTo),
      (e: unknown) => setError(e instanceof Error ? e.message : t("auth.failed")),
    );
  }, [router, t]);
  if (!error) return <Loading label={t("auth.signingIn")} />;
  return (
    <section role="alert" className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <p className="text-stone-800">{error}</p>
      <Button onClick={() => void signIn("/")}>{t("auth.signInAgain")}</Button>
    </section>
  );
}
