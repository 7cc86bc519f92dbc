import { type ReactNode, useEffect } from "react";
import { I18nextProvider } from "react-i18next";
import { useSignedIn } from "../features/auth/api/use-signed-in.ts";
import { useProfile } from "../lib/preferences.ts";
import { chooseLanguage, i18n } from "./i18n.ts";

/** Speaks the signed-in person's language from their profile; before that (or signed out), the browser's. */
function ProfileLanguage() {
  const language = useProfile().data?.language;
  useEffect(() => {
    const wanted = chooseLanguage(language);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
  }, [language]);
  return null;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  return (
    <I18nextProvider i18n={i18n}>
      {signedIn && <ProfileLanguage />}
      {children}
    </I18nextProvider>
  );
}
