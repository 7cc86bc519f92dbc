import { Link, useNavigate } from "@tanstack/react-router";
import { CircleAlert } from "lucide-react";
import { useEffect, useRef } from "react";
import { buttonClass } from "../../../components/button.tsx";
import { Loading } from "../../../components/states.tsx";
import { describeError } from "../../../lib/errors.ts";
import { useAcceptInvitation } from "../api/caregivers.ts";
import { parseInviteToken } from "../invite-link.ts";

/** Why a link did not work, in words that say what to do. */
function linkProblem(error: unknown): string {
  const problem = describeError(error);
  const said =
    typeof (error as { message?: unknown })?.message === "string" ? (error as { message: string }).message : "";
  if (problem.kind === "not-found") return "This invitation link has expired or was already used. Ask for a new one.";
  if (problem.kind === "conflict" && /already have access/i.test(said)) return "You already have access to this baby.";
  if (problem.kind === "invalid")
    return "This invitation link is not valid. Check that it was copied in full, or ask for a new one.";
  return problem.message;
}

/** Opened from an invitation link (after signing in if needed): joins the baby's family and opens the baby. */
export function AcceptInvitation({ token: raw }: { token: string }) {
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const started = useRef(false);
  const token = parseInviteToken(raw);
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    accept.mutate(
      { token },
      { onSuccess: ({ babyId }) => void navigate({ to: "/babies/$babyId", params: { babyId }, replace: true }) },
    );
  }, [token, accept, navigate]);

  const message = !token
    ? "This invitation link is not valid. Check that it was copied in full, or ask for a new one."
    : accept.isError
      ? linkProblem(accept.error)
      : null;
  if (!message) return <Loading label="Opening the invitation…" />;
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold text-stone-900">Invitation</h1>
      <p role="alert" className="flex gap-2 text-stone-800">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-700" />
        {message}
      </p>
      <Link to="/" className={buttonClass("secondary")}>
        Go to your babies
      </Link>
    </section>
  );
}
