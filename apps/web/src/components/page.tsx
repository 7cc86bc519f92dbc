import { createLink } from "@tanstack/react-router";
import { ChevronLeft } from "lucide-react";
import { type AnchorHTMLAttributes, type ReactNode, type Ref, useEffect } from "react";

function BackAnchor({
  children,
  ref,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
  return (
    <a ref={ref} {...props} className="-ml-1 inline-flex min-h-11 items-center gap-1 text-teal-800 hover:underline">
      <ChevronLeft aria-hidden className="size-5" />
      {children}
    </a>
  );
}

/** A typed router link styled as "‹ back to …". */
export const BackLink = createLink(BackAnchor);

/** The tab's title: what is on the screen first, then whose, then the app ("Growth · Maya · UpNest"). */
export function useDocumentTitle(...parts: (string | undefined)[]) {
  const title = [...parts.filter(Boolean), "UpNest"].join(" · ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** A screen's title, an optional way back and its content; `documentTitle` names the tab (default: the title). */
export function Page({
  title,
  documentTitle = [title],
  back,
  actions,
  children,
}: {
  title: string;
  documentTitle?: (string | undefined)[];
  back?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(...documentTitle);
  return (
    <section className="space-y-4">
      {back}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="min-w-0 break-words text-2xl font-semibold text-stone-900">{title}</h1>
        {actions}
      </div>
      {children}
    </section>
  );
}
