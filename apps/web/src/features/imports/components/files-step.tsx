import { modelOfFile, readBabyBuddyFiles } from "@upnest/transfer";
import { ArrowRight } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field } from "../../../components/field.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { filesProblem } from "../words.ts";

type Props = {
  files: Record<string, string> | null;
  onFiles: (files: Record<string, string> | null) => void;
  onNext: () => void;
};

/** Step 1: Baby Buddy's CSV files or a zip of them, read on this device (nothing is sent). */
export function FilesStep({ files, onFiles, onNext }: Props) {
  const t = useT();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const known = files ? Object.keys(files).filter((name) => modelOfFile(name) !== undefined) : [];

  const onChoose = async (list: FileList | null) => {
    onFiles(null);
    setProblem(null);
    if (!list || list.length === 0) return;
    setReading(true);
    try {
      const chosen = await Promise.all(
        [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      const read = readBabyBuddyFiles(chosen);
      if (!Object.keys(read).some((name) => modelOfFile(name) !== undefined)) setProblem(t("imports:files.none"));
      onFiles(read);
    } catch (error) {
      setProblem(filesProblem(error, t));
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-stone-700">{t("imports:files.intro")}</p>
      <Field
        id="bb-files"
        label={t("imports:files.choose")}
        hint={t("imports:files.hint")}
        error={problem ?? undefined}
      >
        <input
          id="bb-files"
          type="file"
          multiple
          accept=".csv,.zip,text/csv,application/zip"
          disabled={reading}
          className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4"
          onChange={(e) => void onChoose(e.target.files)}
          {...describedBy("bb-files", problem ?? undefined)}
        />
      </Field>
      {reading && <p role="status">{t("imports:files.reading")}</p>}
      {files && known.length > 0 && (
        <p role="status" className="text-stone-800">
          {t("imports:files.read", { count: known.length })}
        </p>
      )}
      <Button className="w-full sm:w-auto" disabled={known.length === 0 || reading} onClick={onNext}>
        {t("imports:files.next")} <ArrowRight aria-hidden className="size-4" />
      </Button>
    </div>
  );
}
