import { Send } from "lucide-react";
import { Button } from "../../../components/button.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useSendTest } from "../api/reminders.ts";

/** "Send a test reminder": one now on each of the person's channels, to see how reminders look. */
export function TestReminder({ canSend }: { canSend: boolean }) {
  const t = useT();
  const send = useSendTest();
  return (
    <div className="space-y-2 border-t border-stone-200 pt-3">
      <p className="text-sm text-stone-600">{canSend ? t("reminders:test.hint") : t("reminders:test.nowhere")}</p>
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        disabled={!canSend || send.isPending}
        onClick={() => send.mutate()}
      >
        <Send aria-hidden className="size-4" />
        {send.isPending ? t("reminders:test.sending") : t("reminders:test.send")}
      </Button>
    </div>
  );
}
