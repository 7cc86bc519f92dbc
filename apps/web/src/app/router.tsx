import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AuthCallbackPage } from "../features/auth/components/auth-callback-page.tsx";
import { RootLayout, SignedInLayout } from "./layout.tsx";
import { AddMeasurementPage } from "./pages/add-measurement-page.tsx";
import { BabyPage } from "./pages/baby-page.tsx";
import { EditBabyPage } from "./pages/edit-baby-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { NewBabyPage } from "./pages/new-baby-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";

// The one route table. Everything under `signedIn` needs a session; the issuer returns to /auth/callback.
const root = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });
const callback = createRoute({ getParentRoute: () => root, path: "/auth/callback", component: AuthCallbackPage });
const signedIn = createRoute({ getParentRoute: () => root, id: "signed-in", component: SignedInLayout });

const home = createRoute({ getParentRoute: () => signedIn, path: "/", component: HomePage });
const newBaby = createRoute({ getParentRoute: () => signedIn, path: "/babies/new", component: NewBabyPage });
const baby = createRoute({
  getParentRoute: () => signedIn,
  path: "/babies/$babyId",
  component: function BabyRoute() {
    return <BabyPage babyId={baby.useParams().babyId} />;
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

const routeTree = root.addChildren([callback, signedIn.addChildren([home, newBaby, baby, editBaby, addMeasurement])]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
