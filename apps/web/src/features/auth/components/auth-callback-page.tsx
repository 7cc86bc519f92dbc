import { useRouter } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { useDocumentTitle } from "../../../components/page.tsx";
import { Loading } from "../../../components/states.tsx";
import { completeSignIn, signIn } from "../../../lib/auth.ts";

/** Where the issuer sends the person back: swaps the one-time code for tokens, then returns to where they were. */
export function AuthCallbackPage() {
  useDocumentTitle(useTranslation("shell").t("titles.signingIn"));
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    completeSignIn(new URLSearchParams(window.location.search)).then(
      (returnTo) => router.history.replace(returnTo),
      (e: unknown) => setError(e instanceof Error ? e.message : "Sign-in could not be completed."),
    );
  }, [router]);
  if (!error) return <Loading label="Signing you in…" />;
  return (
    <section role="alert" className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <p className="text-stone-800">{error}</p>
      <Button onClick={() => void signIn("/")}>Sign in again</Button>
    </section>
  );
}
