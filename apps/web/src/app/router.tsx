import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import type { ChartRange } from "@upnest/schemas";
import { AuthCallbackPage } from "../features/auth/components/auth-callback-page.tsx";
import { type ChartKind, isChartKind } from "../features/growth/chart-data.ts";
import { RootLayout, SignedInLayout } from "./layout.tsx";
import { AccountPage } from "./pages/account-page.tsx";
import { AddMeasurementPage } from "./pages/add-measurement-page.tsx";
import { CaregiversPage } from "./pages/caregivers-page.tsx";
import { EditBabyPage } from "./pages/edit-baby-page.tsx";
import { EditMeasurementPage } from "./pages/edit-measurement-page.tsx";
import { GrowthPage } from "./pages/growth-page.tsx";
import { HealthPage } from "./pages/health-page.tsx";
import { HistoryPage } from "./pages/history-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { IntegrationsPage } from "./pages/integrations-page.tsx";
import { InvitePage } from "./pages/invite-page.tsx";
import { MeasurementsPage } from "./pages/measurements-page.tsx";
import { MilestonesPage } from "./pages/milestones-page.tsx";
import { NewBabyPage } from "./pages/new-baby-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { RemindersPage } from "./pages/reminders-page.tsx";
import { SettingsPage } from "./pages/settings-page.tsx";
import { TodayPage } from "./pages/today-page.tsx";
import { VaccinationsPage } from "./pages/vaccinations-page.tsx";

// The one route table. Everything under `signedIn` needs a session; the issuer returns to /auth/callback.
const root = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });
const callback = createRoute({ getParentRoute: () => root, path: "/auth/callback", component: AuthCallbackPage });
const signedIn = createRoute({ getParentRoute: () => root, id: "signed-in", component: SignedInLayout });

const home = createRoute({ getParentRoute: () => signedIn, path: "/", component: HomePage });
const newBaby = createRoute({ getParentRoute: () => signedIn, path: "/babies/new", component: NewBabyPage });
// A baby's home is the day's care log; the measurements (the Growth tab) and the charts have their own addresses.
const today = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId",
  component: function TodayRoute() {
    return <TodayPage babyId={today.useParams().babyId} />;
  },
});
const measurements = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/measurements",
  component: function MeasurementsRoute() {
    return <MeasurementsPage babyId={measurements.useParams().babyId} />;
  },
});
const editBaby = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/edit",
  component: function EditBabyRoute() {
    return <EditBabyPage babyId={editBaby.useParams().babyId} />;
  },
});
const addMeasurement = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/measurements/new",
  component: function AddMeasurementRoute() {
    return <AddMeasurementPage babyId={addMeasurement.useParams().babyId} />;
  },
});
const editMeasurement = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/measurements/$measurementId/edit",
  component: function EditMeasurementRoute() {
    const { babyId, measurementId } = editMeasurement.useParams();
    return <EditMeasurementPage babyId={babyId} measurementId={measurementId} />;
  },
});

// Family health records: vaccinations, milestones, who has access, history, the account's data, invitation links.
const vaccinations = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/vaccinations",
  component: function VaccinationsRoute() {
    return <VaccinationsPage babyId={vaccinations.useParams().babyId} />;
  },
});
const health = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/health",
  component: function HealthRoute() {
    return <HealthPage babyId={health.useParams().babyId} />;
  },
});
const milestones = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/milestones",
  component: function MilestonesRoute() {
    return <MilestonesPage babyId={milestones.useParams().babyId} />;
  },
});
const caregivers = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/caregivers",
  component: function CaregiversRoute() {
    return <CaregiversPage babyId={caregivers.useParams().babyId} />;
  },
});
const history = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/history",
  component: function HistoryRoute() {
    return <HistoryPage babyId={history.useParams().babyId} />;
  },
});
const account = createRoute({ getParentRoute: () => signedIn, path: "/account", component: AccountPage });
// A baby's API keys for integrations (linked from its Family page).
const integrations = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/integrations",
  component: function IntegrationsRoute() {
    return <IntegrationsPage babyId={integrations.useParams().babyId} />;
  },
});
// Open to anyone with the link: signed out, it says who invites to which baby; sign-in comes back here to accept.
const invite = createRoute({
  getParentRoute: () => root,
  path: "/invite/$token",
  component: function InviteRoute() {
    return <InvitePage token={invite.useParams().token} />;
  },
});
const familyRoutes = [vaccinations, health, milestones, caregivers, history, account, integrations];

// Growth charts (`?chart=weight|length|head|bmi|weight-for-length&view=chart|table&range=measured|adult`: the ages
// measured, or to 20 years for the target height) and the person's settings.
const growth = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId/growth",
  validateSearch: (
    search: Record<string, unknown>,
  ): { chart?: ChartKind; view?: "chart" | "table"; range?: ChartRange } => ({
    chart: isChartKind(search.chart) ? search.chart : "weight",
    view: search.view === "table" ? "table" : "chart",
    range: search.range === "adult" ? "adult" : "measured",
  }),
  component: function GrowthRoute() {
    const { chart, view, range } = growth.useSearch();
    return (
      <GrowthPage
        babyId={growth.useParams().babyId}
        chart={chart ?? "weight"}
        view={view ?? "chart"}
        range={range ?? "measured"}
      />
    );
  },
});
const settings = createRoute({ getParentRoute: () => signedIn, path: "/settings", component: SettingsPage });
const growthRoutes = [growth, settings];
// Settings → Reminders: the person's channels, topics and quiet hours, this device's notifications, the calendar link.
const reminders = createRoute({
  getParentRoute: () => signedIn,
  path: "/settings/reminders",
  component: RemindersPage,
});

// The care log's patterns: the page, with Recharts, loads when it is opened (features/patterns/patterns-route.tsx).
const patterns = createRoute({ getParentRoute: () => signedIn, path: "/babies/$babyId/patterns" }).lazy(() =>
  import("../features/patterns/patterns-route.tsx").then((m) => m.Route),
);

// The paediatrician's report: its page loads when opened, the PDF library when a PDF is made (features/report).
const report = createRoute({ getParentRoute: () => signedIn, path: "/babies/$babyId/report" }).lazy(() =>
  import("../features/report/report-route.tsx").then((m) => m.Route),
);

// Import from Baby Buddy: the page and @upnest/transfer's converters load only when it is opened (features/imports).
const babyBuddyImport = createRoute({ getParentRoute: () => signedIn, path: "/settings/import/baby-buddy" }).lazy(() =>
  import("../features/imports/imports-route.tsx").then((m) => m.Route),
);

const routeTree = root.addChildren([
  callback,
  invite,
  signedIn.addChildren([
    home,
    newBaby,
    today,
    measurements,
    editBaby,
    addMeasurement,
    editMeasurement,
    ...familyRoutes,
    ...growthRoutes,
    reminders,
    patterns,
    report,
    babyBuddyImport,
  ]),
]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
