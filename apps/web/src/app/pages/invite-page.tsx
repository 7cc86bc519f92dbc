import { useDocumentTitle } from "../../components/page.tsx";
import { useSignedIn } from "../../features/auth/api/use-signed-in.ts";
import { AcceptInvitation } from "../../features/caregivers/components/accept-invitation.tsx";
import { InvitationLanding } from "../../features/caregivers/components/invitation-landing.tsx";
import { useT } from "../../i18n/use-t.ts";

/** An invitation link: signed out, what it offers and the way in; signed in (or back from sign-in), it is accepted. */
export function InvitePage({ token }: { token: string }) {
  const t = useT();
  useDocumentTitle(t("shell:titles.invitation"));
  return useSignedIn() ? <AcceptInvitation token={token} /> : <InvitationLanding token={token} />;
}
