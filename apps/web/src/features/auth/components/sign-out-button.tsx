import { useQueryClient } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { signOut } from "../../../lib/auth.ts";

export function SignOutButton() {
  const queryClient = useQueryClient();
  return (
    <Button
      variant="quiet"
      onClick={() => {
        signOut();
        queryClient.clear();
      }}
    >
      <LogOut aria-hidden className="size-5" />
      Sign out
    </Button>
  );
}
