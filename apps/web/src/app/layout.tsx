import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { Baby, Settings, UserRound } from "lucide-react";
import { useEffect } from "react";
import { buttonClass } from "../components/button.tsx";
import { useSignedIn } from "../features/auth/api/use-signed-in.ts";
import { SignInPage } from "../features/auth/components/sign-in-page.tsx";
import { SignOutButton } from "../features/auth/components/sign-out-button.tsx";
import { useT } from "../i18n/use-t.ts";

/** Header and page width for every screen. */
export function RootLayout() {
  const signedIn = useSignedIn();
  const t = useT();
  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-2 px-4 py-2">
          <Link to="/" className="flex min-h-11 items-center gap-2 text-xl font-semibold text-teal-800">
            <Baby aria-hidden className="size-6" /> {t("appName")}
          </Link>
          {signedIn && (
            <div className="flex items-center">
              <Link to="/account" aria-label={t("nav.account")} className={buttonClass("quiet", "px-3")}>
                <UserRound aria-hidden className="size-5" />{" "}
                <span className="hidden sm:inline">{t("nav.account")}</span>
              </Link>
              <Link to="/settings" aria-label={t("nav.settings")} className={buttonClass("quiet", "px-3")}>
                <Settings aria-hidden className="size-5" />{" "}
                <span className="hidden sm:inline">{t("nav.settings")}</span>
              </Link>
              <SignOutButton />
            </div>
          )}
        </div>
      </header>
      <main className="mx-auto max-w-2xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}

/** Screens with family data: a signed-out person sees the way in instead, and no cached data outlives a session. */
export function SignedInLayout() {
  const signedIn = useSignedIn();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);
  return signedIn ? <Outlet /> : <SignInPage />;
}
