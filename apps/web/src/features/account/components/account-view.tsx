import { OtherAppsSection } from "../../imports/components/other-apps-section.tsx";
import { CsvImportSection } from "./csv-import-section.tsx";
import { DeleteSection } from "./delete-section.tsx";
import { ExportSection } from "./export-section.tsx";
import { JsonImportSection } from "./json-import-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";

/** Taking data out (JSON, CSV), bringing it in (CSV measurements, JSON export), signed-in devices and deleting the account. */
export function AccountView() {
  return (
    <div className="space-y-6">
      <ExportSection />
      <CsvImportSection />
      <JsonImportSection />
      <OtherAppsSection />
      <SessionsSection />
      <DeleteSection />
    </div>
  );
}
