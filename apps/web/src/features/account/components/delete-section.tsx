import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
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
  const names = new Map((babies.data?.items ?? []).map((b) => [b.babyId, b.name]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? "a baby").join(", ");
  const typedError = remove.isError && typed !== "DELETE" ? "Type DELETE to confirm" : undefined;
  return (
    <Section title="Delete your account">
      {!open ? (
        <>
          <p className="text-sm text-stone-600">
            Deletes your sign-in and everything only you look after. This cannot be undone; download your data first.
          </p>
          <Button variant="secondary" className="border-red-300 text-red-800" onClick={() => setOpen(true)}>
            <Trash2 aria-hidden className="size-4" /> Delete account…
          </Button>
        </>
      ) : !preview.data ? (
        preview.isError ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <Loading label="Checking what would be deleted…" />
        )
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed !== "DELETE") return;
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
            <p className="font-medium">What happens:</p>
            <ul className="list-disc pl-5">
              {preview.data.babiesDeleted.length > 0 ? (
                <li>
                  Deleted with all their records (you are their only owner):{" "}
                  <strong>{nameList(preview.data.babiesDeleted)}</strong>
                </li>
              ) : (
                <li>No baby is deleted.</li>
              )}
              {preview.data.babiesLeft.length > 0 && (
                <li>
                  You leave, and the others keep them: <strong>{nameList(preview.data.babiesLeft)}</strong>
                </li>
              )}
              <li>Your sign-in and profile are deleted.</li>
            </ul>
          </div>
          <Field id="delete-confirm" label="Type DELETE to confirm" error={typedError}>
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
              disabled={typed !== "DELETE" || remove.isPending}
            >
              <Trash2 aria-hidden className="size-4" /> {remove.isPending ? "Deleting…" : "Delete my account"}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setOpen(false);
                setTyped("");
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
