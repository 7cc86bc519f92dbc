import { v5 } from "uuid";
import type { Reference } from "./export-types.ts";

/** UpNest's namespace for name-based (version 5, RFC 9562) uuids of exported FHIR resources. Never change it. */
const NAMESPACE = "c9938c98-1b26-48a3-9b46-5f14641f4888";

/**
 * A resource's id: a version 5 uuid of the baby, what the resource is and the record it comes from, so the same
 * record gives the same uuid in every export (a clinic's system that imports twice recognises it) and the several
 * Observations of one measurement each have their own.
 */
export const resourceId = (babyId: string, ...what: string[]) => v5([babyId, ...what].join("/"), NAMESPACE);

/** The Bundle entry's fullUrl for a resource id, and the reference other resources of the Bundle use. */
export const fullUrl = (id: string) => `urn:uuid:${id}`;
export const referenceTo = (id: string, display?: string): Reference =>
  display === undefined ? { reference: fullUrl(id) } : { reference: fullUrl(id), display };
