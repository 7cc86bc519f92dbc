import { Link, useNavigate } from "@tanstack/react-router";
import { CircleAlert } from "lucide-react";
import { useEffect, useRef } from "react";
import { buttonClass } from "../../../components/button.tsx";
import { Loading } from "../../../components/states.tsx";
import { t as translate } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { useAcceptInvitation } from "../api/caregivers.ts";
import { parseInviteToken } from "../invite-link.ts";

/** Why a link did not work, in words that say what to do. */
function linkProblem(error: unknown): string {
  const problem = describeError(error);
  const said =
    typeof (error as { message?: unknown })?.message === "string" ? (error as { message: string }).message : "";
  if (problem.kind === "not-found") return translate("family:landing.gone");
  if (problem.kind === "conflict" && /already have access/i.test(said)) return translate("family:landing.already");
  if (problem.kind === "invalid") return translate("family:landing.invalid");
  return problem.message;
}

/** Opened from an invitation link (after signing in if needed): joins the baby's family and opens the baby. */
export function AcceptInvitation({ token: raw }: { token: string }) {
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const started = useRef(false);
  const token = parseInviteToken(raw);
  const t = useT();
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    accept.mutate(
      { token },
      { onSuccess: ({ babyId }) => void navigate({ to: "/babies/$babyId", params: { babyId }, replace: true }) },
    );
  }, [token, accept, navigate]);

  const message = !token ? t("family:landing.invalid") : accept.isError ? linkProblem(accept.error) : null;
  if (!message) return <Loading label={t("family:landing.opening")} />;
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold text-stone-900">{t("family:landing.title")}</h1>
      <p role="alert" className="flex gap-2 text-stone-800">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-700" />
        {message}
      </p>
      <Link to="/" className={buttonClass("secondary")}>
        {t("page.goHome")}
      </Link>
    </section>
  );
}
