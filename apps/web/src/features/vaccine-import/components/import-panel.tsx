import type { Baby, VaccinationRecordSource } from "@upnest/schemas";
import { Camera, X } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Field } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { type ReadDose, useAddDoses, useReadRecords } from "../api.ts";
import { addQrCode, isPicture, NO_SCAN, PickError, type PickProblem, readTextFile, type Scan } from "../sources.ts";
import { CameraScanner } from "./camera-scanner.tsx";
import { CardReview } from "./card-review.tsx";

type Stage =
  | { at: "choose" }
  | { at: "camera" }
  /** The cards of a file (usually one) or the scanned card, read one after another. */
  | { at: "review"; sources: VaccinationRecordSource[]; index: number };

/**
 * "Add from a health card or clinic file": scan a QR code with the camera, or choose a picture of one, a
 * `.smart-health-card` file or a FHIR `.json` file. A card split over several QR codes asks for the next until
 * all are read. The server verifies the card and marks its doses; the person ticks the new ones to add, and the
 * vaccines page reads its status again.
 */
export default function ImportPanel({ baby, onClose }: { baby: Baby; onClose: () => void }) {
  const t = useT();
  const read = useReadRecords();
  const add = useAddDoses(baby.babyId);
  const [stage, setStage] = useState<Stage>({ at: "choose" });
  const [scan, setScan] = useState<Scan>(NO_SCAN);
  const [problem, setProblem] = useState<PickProblem | "denied" | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<number | null>(null);

  const readSource = (source: VaccinationRecordSource) => read.mutate({ babyId: baby.babyId, source });
  const review = (sources: VaccinationRecordSource[]) => {
    setScan(NO_SCAN);
    setAdded(null);
    setStage({ at: "review", sources, index: 0 });
    const first = sources[0];
    if (first) readSource(first);
  };
  const fail = (error: unknown) => {
    if (error instanceof PickError) setProblem(error.problem);
    else throw error;
  };
  /** A QR code's text, from the camera or a picture: a whole card is read at once; a part waits for the others. */
  const onQrText = (text: string) => {
    try {
      const next = addQrCode(scan, text);
      setProblem(null);
      if (next.jws) review([{ kind: "shc", jws: next.jws }]);
      else setScan(next);
    } catch (error) {
      fail(error);
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setBusy(true);
    try {
      if (isPicture(file)) {
        const { qrInPicture } = await import("../qr-image.ts");
        const text = await qrInPicture(file).catch(() => {
          throw new PickError("image");
        });
        if (!text) throw new PickError("noQr");
        onQrText(text);
        return;
      }
      const picked = readTextFile(await file.text());
      review(picked.kind === "fhir" ? [picked] : picked.cards.map((jws) => ({ kind: "shc" as const, jws })));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const onAdd = (doses: ReadDose[]) =>
    add.mutate(doses, {
      onSuccess: (count) => {
        setAdded(count);
        // The same card again: its doses now read as recorded.
        if (stage.at === "review" && stage.sources[stage.index]) readSource(stage.sources[stage.index]!);
      },
    });
  const startOver = () => {
    read.reset();
    add.reset();
    setAdded(null);
    setScan(NO_SCAN);
    setProblem(null);
    setStage({ at: "choose" });
  };

  return (
    <section aria-labelledby="import-heading" className="space-y-4 rounded-xl bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <h2 id="import-heading" className="text-lg font-semibold text-stone-900">
          {t("vaccine-import:title")}
        </h2>
        <Button variant="quiet" aria-label={t("vaccine-import:cancel")} onClick={onClose}>
          <X aria-hidden className="size-5" />
        </Button>
      </div>

      {stage.at !== "review" && (
        <>
          <p className="text-stone-700">{t("vaccine-import:intro")}</p>
          {stage.at === "camera" ? (
            <CameraScanner
              onCode={onQrText}
              onDenied={() => {
                setProblem("denied");
                setStage({ at: "choose" });
              }}
              onStop={() => setStage({ at: "choose" })}
            />
          ) : (
            <Button className="w-full sm:w-auto" onClick={() => setStage({ at: "camera" })}>
              <Camera aria-hidden className="size-5" /> {t("vaccine-import:scan")}
            </Button>
          )}
          {scan.total > 1 && (
            <p role="status" className="rounded-lg bg-teal-50 p-3 text-teal-950">
              {stage.at === "camera"
                ? t("vaccine-import:parts.progress", { have: scan.have, total: scan.total })
                : t("vaccine-import:parts.progressFile", { have: scan.have, total: scan.total })}
            </p>
          )}
          <Field id="card-file" label={t("vaccine-import:fileLabel")} hint={t("vaccine-import:fileHint")}>
            <input
              id="card-file"
              type="file"
              accept="image/*,.smart-health-card,.json,application/json,application/smart-health-card"
              className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4"
              disabled={busy}
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
          </Field>
          {busy && <Loading label={t("vaccine-import:reading")} />}
          {problem && (
            <p role="alert" className="text-red-700">
              {problem === "denied" ? t("vaccine-import:camera.denied") : t(`vaccine-import:problem.${problem}`)}
            </p>
          )}
        </>
      )}

      {stage.at === "review" && (
        <>
          {stage.sources.length > 1 && (
            <p className="text-stone-700">
              {t("vaccine-import:fileCards", { count: stage.sources.length, index: stage.index + 1 })}
            </p>
          )}
          {read.isPending && <Loading label={t("vaccine-import:reading")} />}
          {read.isError && <ErrorState error={read.error} />}
          {read.data && !read.isPending && (
            <CardReview
              key={`${stage.index}-${added ?? "none"}`}
              reading={read.data}
              baby={baby}
              adding={add.isPending}
              onAdd={onAdd}
            />
          )}
          {add.isError && <ErrorState error={add.error} />}
          {added !== null && (
            <p role="status" className="rounded-lg bg-teal-50 p-3 text-teal-950">
              {t("vaccine-import:added", { count: added })}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            {stage.index + 1 < stage.sources.length && (
              <Button
                variant="secondary"
                onClick={() => {
                  const index = stage.index + 1;
                  setAdded(null);
                  setStage({ ...stage, index });
                  const next = stage.sources[index];
                  if (next) readSource(next);
                }}
              >
                {t("vaccine-import:nextCard")}
              </Button>
            )}
            <Button variant="secondary" onClick={startOver}>
              {t("vaccine-import:startOver")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
