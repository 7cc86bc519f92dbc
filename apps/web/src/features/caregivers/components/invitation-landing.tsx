import { CircleAlert, HeartHandshake, LogIn } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { signIn } from "../../../lib/auth.ts";
import { useInvitationPreview } from "../api/caregivers.ts";
import { parseInviteToken, ROLE_LABELS } from "../invite-link.ts";

const INVALID = "This invitation link is not valid. Check that it was copied in full, or ask for a new one.";
const GONE = "This invitation link has expired or was already used. Ask for a new one.";

function Problem({ message }: { message: string }) {
  return (
    <section aria-labelledby="invite-title" className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <h1 id="invite-title" className="text-2xl font-semibold text-stone-900">
        Invitation
      </h1>
      <p role="alert" className="flex gap-2 text-stone-800">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-700" />
        {message}
      </p>
    </section>
  );
}

/**
 * What a signed-out person sees when they open an invitation link: who invited them, to which baby and with
 * what access, before they create an account. Signing in comes back to this address, which then accepts.
 */
export function InvitationLanding({ token: raw }: { token: string }) {
  const token = parseInviteToken(raw);
  const preview = useInvitationPreview(token);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!token) return <Problem message={INVALID} />;
  if (preview.isPending) return <Loading label="Opening the invitation…" />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  if (!preview.data) return <Problem message={GONE} />;

  const { inviterName, babyName, role } = preview.data;
  const access = ROLE_LABELS[role] ?? { label: role, can: "" };
  const start = () => {
    setLeaving(true);
    setError(null);
    signIn(window.location.pathname).catch(() => {
      setLeaving(false);
      setError("Could not open the sign-in page. Check your connection and try again.");
    });
  };
  return (
    <section aria-labelledby="invite-title" className="mx-auto max-w-md space-y-6 rounded-2xl bg-white p-6 shadow-sm">
      <HeartHandshake aria-hidden className="mx-auto size-12 text-teal-700" />
      <div className="space-y-3 text-center">
        <h1 id="invite-title" className="text-2xl font-semibold text-stone-900">
          Join {babyName}'s family on UpNest
        </h1>
        <p className="text-lg text-stone-800">
          <strong className="font-semibold">{inviterName ?? "Someone in the family"}</strong> invited you to {babyName}
          's records as a <strong className="font-semibold">{access.label.toLowerCase()}</strong>.
        </p>
        {access.can && <p className="text-stone-600">{access.can}.</p>}
      </div>
      <Button className="w-full" onClick={start} disabled={leaving}>
        <LogIn aria-hidden className="size-5" />
        {leaving ? "Opening sign-in…" : "Sign in or create an account"}
      </Button>
      <p className="text-center text-sm text-stone-600">
        New here? Choose “Register” on the next page. You come back here to accept.
      </p>
      {error && (
        <p role="alert" className="text-center text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
