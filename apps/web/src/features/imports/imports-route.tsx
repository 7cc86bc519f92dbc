// Import from Baby Buddy as a lazy route (apps/web/src/app/router.tsx): the page and @upnest/transfer's converters
// (CSV, zip, each kind's mapping) load only when someone opens it.
import { createLazyRoute } from "@tanstack/react-router";
import { BabyBuddyPage } from "./components/baby-buddy-page.tsx";

export const Route = createLazyRoute("/signed-in/settings/import/baby-buddy")({ component: BabyBuddyPage });
