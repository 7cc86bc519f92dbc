// The paediatrician's report as a lazy route (apps/web/src/app/router.tsx): its page loads when opened, and the PDF
// library with the document only when a PDF is made.
import { createLazyRoute } from "@tanstack/react-router";
import { ReportPage } from "./components/report-page.tsx";

export const Route = createLazyRoute("/signed-in/babies/$babyId/report")({
  component: function ReportRoute() {
    return <ReportPage babyId={Route.useParams().babyId} />;
  },
});
