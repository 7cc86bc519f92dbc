import { LogOut } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { useSignOut } from "../api/use-sign-out.ts";

export function SignOutButton() {
  const { signOut, isPending } = useSignOut();
  return (
    <Button variant="quiet" disabled={isPending} onClick={() => void signOut()}>
      <LogOut aria-hidden className="size-5" />
      {isPending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
