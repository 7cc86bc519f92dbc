import type { Baby } from "@upnest/schemas";
import { FileJson } from "lucide-react";
import { env } from "../../../config/env.ts";
import { useT } from "../../../i18n/use-t.ts";
import { openApiUrl } from "../rest-example.ts";
import { KeyList } from "./key-list.tsx";
import { NewKey } from "./new-key.tsx";

/** The baby's Integrations page: what a key is, a new key (its secret shown once), the keys with their last use. */
export function IntegrationsView({ baby }: { baby: Baby }) {
  const t = useT();
  const isOwner = baby.role === "owner";
  return (
    <div className="space-y-6">
      <section aria-labelledby="integrations-heading" className="space-y-2">
        <h2 id="integrations-heading" className="text-xl font-semibold text-stone-900">
          {t("integrations:title")}
        </h2>
        <p className="text-stone-700">{t("integrations:intro", { name: baby.name })}</p>
        <a
          href={openApiUrl(env.apiUrl)}
          target="_blank"
          rel="noreferrer"
          className="inline-flex min-h-11 items-center gap-2 font-medium text-teal-800 underline"
        >
          <FileJson aria-hidden className="size-5" /> {t("integrations:example.docs")}
        </a>
      </section>
      {isOwner ? (
        <>
          <NewKey baby={baby} />
          <KeyList baby={baby} />
        </>
      ) : (
        <p className="text-sm text-stone-600">{t("integrations:ownersOnly")}</p>
      )}
    </div>
  );
}
