import { LogOut } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useSignOut } from "../api/use-sign-out.ts";

export function SignOutButton() {
  const { signOut, isPending } = useSignOut();
  const t = useT();
  return (
    <Button variant="quiet" disabled={isPending} onClick={() => void signOut()}>
      <LogOut aria-hidden className="size-5" />
      {isPending ? t("auth.signingOut") : t("auth.signOut")}
    </Button>
  );
}
