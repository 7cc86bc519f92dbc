import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../components/page.tsx";
import { useSignedIn } from "../../features/auth/api/use-signed-in.ts";
import { AcceptInvitation } from "../../features/caregivers/components/accept-invitation.tsx";
import { InvitationLanding } from "../../features/caregivers/components/invitation-landing.tsx";

/** An invitation link: signed out, what it offers and the way in; signed in (or back from sign-in), it is accepted. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation("shell");
  useDocumentTitle(t("titles.invitation"));
  return useSignedIn() ? <AcceptInvitation token={token} /> : <InvitationLanding token={token} />;
}
