import type { Baby } from "@upnest/schemas";
import type { ReactNode } from "react";
import { BackLink, Page } from "../components/page.tsx";
import { ReadOnlyNote } from "../components/permission.tsx";
import { ErrorState, Loading } from "../components/states.tsx";
import { useBaby } from "../features/babies/api/babies.ts";
import { useT } from "../i18n/use-t.ts";
import { describeError } from "../lib/errors.ts";
import { BabyNav, type BabyTab } from "./baby-nav.tsx";

/** One section of a baby's record: the baby's name, the sections and children to switch between, then the content. */
export function BabyScreen({
  babyId,
  tab,
  children,
}: {
  babyId: string;
  tab: BabyTab;
  children: (baby: Baby) => ReactNode;
}) {
  const baby = useBaby(babyId);
  const t = useT();
  const back = <BackLink to="/">{t("nav.yourBabies")}</BackLink>;
  if (!baby.data) {
    return (
      <Page
        title={
          !baby.isError
            ? t("loading")
            : describeError(baby.error).kind === "not-found"
              ? t("page.notFound")
              : t("page.couldNotLoad")
        }
        back={back}
      >
        {baby.isError ? <ErrorState error={baby.error} onRetry={() => void baby.refetch()} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page title={baby.data.name} back={back}>
      <BabyNav babyId={babyId} role={baby.data.role} current={tab} />
      {baby.data.role === "viewer" && <ReadOnlyNote />}
      {children(baby.data)}
    </Page>
  );
}
