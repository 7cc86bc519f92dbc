import { Link } from "@tanstack/react-router";
import { Plus } from "lucide-react";
import { buttonClass } from "../../components/button.tsx";
import { Page } from "../../components/page.tsx";
import { BabyList } from "../../features/babies/components/baby-list.tsx";

export function HomePage() {
  return (
    <Page
      title="Your babies"
      actions={
        <Link to="/babies/new" className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> Add a baby
        </Link>
      }
    >
      <BabyList />
    </Page>
  );
}
