import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { Baby, Settings, UserRound } from "lucide-react";
import { useEffect } from "react";
import { buttonClass } from "../components/button.tsx";
import { Toaster } from "../components/toaster.tsx";
import { useSignedIn } from "../features/auth/api/use-signed-in.ts";
import { SignInPage } from "../features/auth/components/sign-in-page.tsx";
import { SignOutButton } from "../features/auth/components/sign-out-button.tsx";
import { useT } from "../i18n/use-t.ts";
import { useProfileTheme } from "../lib/theme.ts";

/**
 * Header and page width for every screen, a skip link to the content and the notices. The header wraps (the
 * links go under the name) rather than run off the screen at 320 px or with text at 200 %.
 */
export function RootLayout() {
  const t = useT();
  const signedIn = useSignedIn();
  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900">
      <a
        href="#main"
        className="sr-only rounded-lg bg-white px-4 py-3 font-medium text-teal-800 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t("shell:skipToContent")}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-2 px-4 py-2">
          <Link to="/" className="flex min-h-11 items-center gap-2 text-xl font-semibold text-teal-800">
            <Baby aria-hidden className="size-6" /> {t("appName")}
          </Link>
          {signedIn && (
            <nav aria-label={t("nav.account")} className="-mr-3 flex flex-wrap items-center">
              <Link to="/account" aria-label={t("nav.account")} className={buttonClass("quiet", "px-3")}>
                <UserRound aria-hidden className="size-5" />{" "}
                <span className="hidden sm:inline">{t("nav.account")}</span>
              </Link>
              <Link to="/settings" aria-label={t("nav.settings")} className={buttonClass("quiet", "px-3")}>
                <Settings aria-hidden className="size-5" />{" "}
                <span className="hidden sm:inline">{t("nav.settings")}</span>
              </Link>
              <SignOutButton />
            </nav>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 pt-6 pb-28 outline-none">
        <Outlet />
      </main>
      <Toaster />
    </div>
  );
}

/** Screens with family data: a signed-out person sees the way in instead, and no cached data outlives a session. */
export function SignedInLayout() {
  const signedIn = useSignedIn();
  const queryClient = useQueryClient();
  useProfileTheme();
  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);
  return signedIn ? <Outlet /> : <SignInPage />;
}
