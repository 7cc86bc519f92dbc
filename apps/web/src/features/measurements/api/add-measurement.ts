import { useRecordWrite } from "../../../lib/record-queries.ts";

/** Records a measurement; the baby's list of measurements and growth charts are read again afterwards. */
export const useAddMeasurement = () => useRecordWrite("measurements", "add", "measurementSaved");
