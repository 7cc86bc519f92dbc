import type { ApiKeyScope, Baby } from "@upnest/schemas";
import { Check, Copy, KeyRound, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ChangeProblem } from "../../../components/permission.tsx";
import { env } from "../../../config/env.ts";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { useCreateApiKey } from "../api/api-keys.ts";
import { curlExamples } from "../rest-example.ts";

/** "New key": a name and what it may do; the answer's secret is shown this once, with Copy and an example. */
export function NewKey({ baby }: { baby: Baby }) {
  const t = useT();
  const create = useCreateApiKey();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiKeyScope>("read-write");
  const errors = fieldErrorsOf(create.error);
  const made = create.data;
  if (made)
    return (
      <NewSecret
        babyId={baby.babyId}
        babyName={baby.name}
        name={made.key.name}
        scope={made.key.scope}
        secret={made.secret}
        onDone={() => {
          create.reset();
          setName("");
        }}
      />
    );
  return (
    <form
      aria-labelledby="new-key-heading"
      className="space-y-4 rounded-xl bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ babyId: baby.babyId, name, scope });
      }}
    >
      <h2 id="new-key-heading" className="text-lg font-semibold text-stone-900">
        {t("integrations:create.title")}
      </h2>
      <Field
        id="key-name"
        label={t("integrations:create.name")}
        hint={t("integrations:create.nameHint")}
        error={errors.name}
      >
        <input
          id="key-name"
          className={inputClass}
          value={name}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          {...describedBy("key-name", errors.name)}
        />
      </Field>
      <Choice
        id="key-scope"
        legend={t("integrations:create.scope")}
        options={[
          { value: "read-write", label: t("integrations:scope.read-write") },
          { value: "read", label: t("integrations:scope.read") },
        ]}
        value={scope}
        onChange={setScope}
        hint={t(`integrations:scopeHint.${scope}`)}
        error={errors.scope}
      />
      <Button type="submit" className="w-full sm:w-auto" disabled={create.isPending}>
        <KeyRound aria-hidden className="size-5" />{" "}
        {create.isPending ? t("integrations:create.creating") : t("integrations:create.submit")}
      </Button>
      {Object.keys(errors).length === 0 && <ChangeProblem error={create.error} />}
    </form>
  );
}

function NewSecret(props: {
  babyId: string;
  babyName: string;
  name: string;
  scope: ApiKeyScope;
  secret: string;
  onDone: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const examples = curlExamples(env.apiUrl, props.babyId, props.secret);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the key is selected in its field for a manual copy.
      (document.getElementById("new-key-secret") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section aria-labelledby="secret-heading" className="space-y-3 rounded-xl border border-teal-200 bg-teal-50 p-4">
      <h2 id="secret-heading" className="break-words text-lg font-semibold text-teal-950">
        {t("integrations:secret.title", { name: props.name })}
      </h2>
      <p className="flex items-start gap-2 text-sm text-teal-950">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {t(props.scope === "read" ? "integrations:secret.warning" : "integrations:secret.warningWrite", {
          name: props.babyName,
        })}
      </p>
      <Field id="new-key-secret" label={t("integrations:secret.label")}>
        <div className="flex gap-2">
          <input
            id="new-key-secret"
            readOnly
            className={`${inputClass} min-w-0 flex-1 font-mono text-sm`}
            value={props.secret}
            onFocus={(e) => e.target.select()}
          />
          <Button variant="secondary" onClick={() => void copy()} aria-label={t("integrations:secret.copyLabel")}>
            {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
            {copied ? t("integrations:secret.copied") : t("integrations:secret.copy")}
          </Button>
        </div>
      </Field>
      <div className="space-y-2">
        <h3 className="font-medium text-teal-950">{t("integrations:example.title")}</h3>
        <p className="text-sm text-teal-950">{t("integrations:example.body")}</p>
        <pre className="whitespace-pre-wrap break-all rounded-lg bg-white p-3 text-xs text-stone-900">
          {examples.add}
        </pre>
        <p className="text-sm text-teal-950">{t("integrations:example.read")}</p>
        <pre className="whitespace-pre-wrap break-all rounded-lg bg-white p-3 text-xs text-stone-900">
          {examples.read}
        </pre>
      </div>
      <Button className="w-full sm:w-auto" onClick={props.onDone}>
        {t("integrations:secret.done")}
      </Button>
    </section>
  );
}
