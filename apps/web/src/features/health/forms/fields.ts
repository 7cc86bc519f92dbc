import type { FieldsPropsOf, TypedFieldOf } from "../../../lib/forms.ts";
import type { HealthFormValues } from "./values.ts";

export type TypedField = TypedFieldOf<HealthFormValues>;
export type FieldsProps = FieldsPropsOf<HealthFormValues>;
