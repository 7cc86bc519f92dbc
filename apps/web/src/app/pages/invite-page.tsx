import { AcceptInvitation } from "../../features/caregivers/components/accept-invitation.tsx";

export function InvitePage({ token }: { token: string }) {
  return <AcceptInvitation token={token} />;
}
