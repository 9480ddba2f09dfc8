import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.2 AA and axe's best practices: no violations on the page as it is now.
 * Waits for the page's title first: after a client-side navigation or a
 * refresh, Next streams the metadata a moment after the body, and axe run in
 * that gap reports a page without a title that readers never see.
 */
export async function expectNoAxeViolations(page: Page, label: string) {
  await expect(page, `${label}: the page has a title`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, label).toEqual([]);
}
