import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-teal-700 text-white hover:bg-teal-800 disabled:bg-teal-700/60",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 disabled:text-stone-400",
  quiet: "text-teal-800 hover:bg-teal-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/50",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** Shared look of buttons and button-like links; at least 44 px tall for thumbs. */
export const buttonClass = (variant: ButtonVariant = "primary", extra = "") =>
  `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-base font-medium wrap-anywhere transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${extra}`;

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
