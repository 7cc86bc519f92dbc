// The Patterns page as a lazy route (apps/web/src/app/router.tsx): its code, @upnest/care's and Recharts load
// only when someone opens it.
import { createLazyRoute } from "@tanstack/react-router";
import { PatternsPage } from "./components/patterns-page.tsx";

export const Route = createLazyRoute("/signed-in/babies/$babyId/patterns")({
  component: function PatternsRoute() {
    return <PatternsPage babyId={Route.useParams().babyId} />;
  },
});
