import { formatDateTime } from "@upnest/i18n";
import type { ApiKey, Baby } from "@upnest/schemas";
import { KeyRound, Trash2 } from "lucide-react";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { useMe } from "../../caregivers/api/caregivers.ts";
import { useApiKeys, useRevokeApiKey } from "../api/api-keys.ts";

const when = (iso: string) => formatDateTime(iso, currentLanguage());

/** The baby's keys, newest first: name, scope, who made it and when, last use, and Revoke (confirmed). */
export function KeyList({ baby }: { baby: Baby }) {
  const t = useT();
  const keys = useApiKeys(baby.babyId);
  const revoke = useRevokeApiKey();
  if (!keys.data)
    return keys.isError ? (
      <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
    ) : (
      <Loading label={t("integrations:keys.loading")} />
    );
  return (
    <section aria-labelledby="keys-heading" className="space-y-3">
      <h2 id="keys-heading" className="text-xl font-semibold text-stone-900">
        {t("integrations:keys.title")}
      </h2>
      {keys.data.length === 0 ? (
        <p className="text-sm text-stone-600">{t("integrations:keys.none")}</p>
      ) : (
        <ul
          aria-label={t("integrations:keys.label")}
          className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm"
        >
          {keys.data.map((key) => (
            <KeyRow
              key={key.keyId}
              apiKey={key}
              babyName={baby.name}
              busy={revoke.isPending}
              onRevoke={() => revoke.mutate({ babyId: baby.babyId, keyId: key.keyId })}
            />
          ))}
        </ul>
      )}
      <ChangeProblem error={revoke.error} />
    </section>
  );
}

function KeyRow({
  apiKey: key,
  babyName,
  busy,
  onRevoke,
}: {
  apiKey: ApiKey;
  babyName: string;
  busy: boolean;
  onRevoke: () => void;
}) {
  const t = useT();
  const me = useMe();
  const date = showDate(key.createdAt.slice(0, 10));
  const made =
    key.createdBy === me.data?.userId
      ? t("integrations:keys.madeByYou", { date })
      : t("integrations:keys.made", { who: key.createdByName ?? t("family:history.formerMember"), date });
  return (
    <li aria-label={key.name} className="space-y-2 p-4">
      <div className="flex items-start gap-3">
        <KeyRound aria-hidden className="mt-1 size-5 shrink-0 text-stone-400" />
        <div className="min-w-0 flex-1 space-y-0.5">
          <p className="break-words font-medium text-stone-900">
            {key.name} <span className="font-normal text-stone-600">· {t(`integrations:scope.${key.scope}`)}</span>
          </p>
          <p className="text-sm text-stone-600">{made}</p>
          <p className="text-sm text-stone-600">
            {key.lastUsedAt
              ? t("integrations:keys.lastUsed", { when: when(key.lastUsedAt) })
              : t("integrations:keys.neverUsed")}
          </p>
          {key.status === "revoked" && key.revokedAt && (
            <p className="text-sm font-medium text-stone-700">
              {t("integrations:keys.revoked", { when: when(key.revokedAt) })}
            </p>
          )}
          {key.status === "inactive" && (
            <p className="text-sm text-amber-900">{t("integrations:keys.inactive", { name: babyName })}</p>
          )}
        </div>
      </div>
      {key.status !== "revoked" && (
        <ConfirmButton
          variant="quiet"
          disabled={busy}
          aria-label={t("integrations:keys.revokeLabel", { name: key.name })}
          title={t("integrations:keys.confirmTitle", { name: key.name })}
          description={t("integrations:keys.confirmBody")}
          confirmLabel={t("integrations:keys.confirm")}
          onConfirm={onRevoke}
        >
          <Trash2 aria-hidden className="size-4" /> {t("integrations:keys.revoke")}
        </ConfirmButton>
      )}
    </li>
  );
}
