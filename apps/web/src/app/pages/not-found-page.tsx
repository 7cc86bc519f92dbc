import { Link } from "@tanstack/react-router";
import { buttonClass } from "../../components/button.tsx";
import { Page } from "../../components/page.tsx";

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="text-stone-600">There is nothing at this address.</p>
      <Link to="/" className={buttonClass("secondary")}>
        Go to your babies
      </Link>
    </Page>
  );
}
