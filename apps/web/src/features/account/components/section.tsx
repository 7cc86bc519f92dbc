import { useId } from "react";

/** A titled card on the account page, and the message shown when something there fails. */
export const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
};

export const Problem = ({ children }: { children: React.ReactNode }) => (
  <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
    {children}
  </p>
);
