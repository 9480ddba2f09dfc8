import { chromium } from "@playwright/test";
const [base, state, ...pairs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (let i = 0; i < pairs.length; i += 2) {
  const [path, name] = [pairs[i], pairs[i + 1]];
  for (const [w, h] of [[1280, 800], [390, 844]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: "de-DE", ...(state !== "-" ? { storageState: state } : {}) });
    const page = await ctx.newPage();
    const r = await page.goto(base + path);
    await page.waitForTimeout(400);
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, w, "status", r.status(), "scrollWidth", sw, sw > w ? "TOO WIDE" : "");
    await page.screenshot({ path: `/tmp/${name}-${w}.png`, fullPage: false });
    await ctx.close();
  }
}
await browser.close();
