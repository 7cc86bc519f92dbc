// axe-core on a page as it is now: every serious or critical WCAG 2.x A/AA violation, in words a reader can act
// on. The tests collect them (E2E.a11yViolations) and fail on any at the end, like CSP violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The serious and critical violations on `page`, each as "where: rule (impact) on selector: what to fix". */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Colours are measured once they have settled: a theme just switched is mid-transition (buttons fade their
  // colours), which would read as poor contrast. Endless animations (a spinner, a running timer's band) never end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${where}: ${v.id} (${v.impact}) on ${n.target.join(" ")}: ${n.failureSummary ?? v.help}`),
    );
}
