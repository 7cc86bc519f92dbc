import { CircleAlert, HeartHandshake, LogIn } from "lucide-react";
import { useState } from "react";
import { Trans } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { signIn } from "../../../lib/auth.ts";
import { useInvitationPreview } from "../api/caregivers.ts";
import { parseInviteToken } from "../invite-link.ts";

function Problem({ message }: { message: string }) {
  const t = useT();
  return (
    <section aria-labelledby="invite-title" className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <h1 id="invite-title" className="text-2xl font-semibold text-stone-900">
        {t("family:landing.title")}
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
  const t = useT();
  if (!token) return <Problem message={t("family:landing.invalid")} />;
  if (preview.isPending) return <Loading label={t("family:landing.opening")} />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  if (!preview.data) return <Problem message={t("family:landing.gone")} />;

  const { inviterName, babyName, role } = preview.data;
  const start = () => {
    setLeaving(true);
    setError(null);
    signIn(window.location.pathname).catch(() => {
      setLeaving(false);
      setError(t("auth.cannotOpen"));
    });
  };
  return (
    <section aria-labelledby="invite-title" className="mx-auto max-w-md space-y-6 rounded-2xl bg-white p-6 shadow-sm">
      <HeartHandshake aria-hidden className="mx-auto size-12 text-teal-700" />
      <div className="space-y-3 text-center">
        <h1 id="invite-title" className="text-2xl font-semibold text-stone-900">
          {t("family:landing.join", { baby: babyName })}
        </h1>
        <p className="text-lg text-stone-800">
          <Trans
            t={t}
            i18nKey="family:landing.invited"
            values={{
              inviter: inviterName ?? t("family:landing.someone"),
              baby: babyName,
              role: t(`family:roleWord.${role}`),
            }}
            components={{ b: <strong className="font-semibold" /> }}
          />
        </p>
        <p className="text-stone-600">{t(`roleCan.${role}`)}</p>
      </div>
      <Button className="w-full" onClick={start} disabled={leaving}>
        <LogIn aria-hidden className="size-5" />
        {leaving ? t("auth.opening") : t("auth.signIn")}
      </Button>
      <p className="text-center text-sm text-stone-600">{t("family:landing.comeBack")}</p>
      {error && (
        <p role="alert" className="text-center text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
