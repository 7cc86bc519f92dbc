import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { signOut } from "../../../lib/auth.ts";
import { describeError } from "../../../lib/errors.ts";
import { useAccountBabies, useDeleteAccount, useDeletionPreview } from "../api/account.ts";
import { Problem, Section } from "./section.tsx";

export function DeleteSection() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const preview = useDeletionPreview(open);
  const babies = useAccountBabies();
  const remove = useDeleteAccount();
  const queryClient = useQueryClient();
  const t = useT();
  const word = t("account:delete.word");
  const names = new Map((babies.data?.items ?? []).map((b) => [b.babyId, b.name]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? t("account:delete.aBaby")).join(", ");
  const typedError = remove.isError && typed !== word ? t("account:delete.typeWord") : undefined;
  return (
    <Section title={t("account:delete.title")}>
      {!open ? (
        <>
          <p className="text-sm text-stone-600">{t("account:delete.intro")}</p>
          <Button variant="secondary" className="border-red-300 text-red-800" onClick={() => setOpen(true)}>
            <Trash2 aria-hidden className="size-4" /> {t("account:delete.open")}
          </Button>
        </>
      ) : !preview.data ? (
        preview.isError ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <Loading label={t("account:delete.checking")} />
        )
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed !== word) return;
            remove.mutate(
              { confirm: "DELETE" },
              {
                onSuccess: () => {
                  signOut();
                  queryClient.clear();
                },
              },
            );
          }}
        >
          <div className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-950">
            <p className="font-medium">{t("account:delete.whatHappens")}</p>
            <ul className="list-disc pl-5">
              {preview.data.babiesDeleted.length > 0 ? (
                <li>
                  {t("account:delete.babiesDeleted")} <strong>{nameList(preview.data.babiesDeleted)}</strong>
                </li>
              ) : (
                <li>{t("account:delete.noBabyDeleted")}</li>
              )}
              {preview.data.babiesLeft.length > 0 && (
                <li>
                  {t("account:delete.babiesLeft")} <strong>{nameList(preview.data.babiesLeft)}</strong>
                </li>
              )}
              <li>{t("account:delete.profileDeleted")}</li>
            </ul>
          </div>
          <Field id="delete-confirm" label={t("account:delete.typeWord")} error={typedError}>
            <input
              id="delete-confirm"
              className={inputClass}
              autoComplete="off"
              autoCapitalize="characters"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              {...describedBy("delete-confirm", typedError)}
            />
          </Field>
          {remove.isError && <Problem>{describeError(remove.error).message}</Problem>}
          <div className="flex flex-wrap gap-2">
            <Button
              type="submit"
              className="bg-red-700 hover:bg-red-800 disabled:bg-red-700/50"
              disabled={typed !== word || remove.isPending}
            >
              <Trash2 aria-hidden className="size-4" />{" "}
              {remove.isPending ? t("account:delete.deleting") : t("account:delete.submit")}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setOpen(false);
                setTyped("");
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
