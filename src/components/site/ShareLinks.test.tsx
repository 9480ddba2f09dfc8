import { expect, it } from "vitest";
import { shareTargets } from "./ShareLinks";

it("share links carry the address and the headline, encoded, and only the networks' own addresses", () => {
  const targets = shareTargets("https://zeitung.example/politik/größe?x=1&y=2", "„Größe“ & Maß");
  const byLabel = Object.fromEntries(targets.map((t) => [t.label, t]));
  const url = encodeURIComponent("https://zeitung.example/politik/größe?x=1&y=2");
  expect(byLabel["Auf Facebook"]!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${url}`);
  expect(byLabel["Auf X"]!.href).toBe(`https://x.com/intent/post?text=${encodeURIComponent("„Größe“ & Maß")}&url=${url}`);
  expect(byLabel["Per WhatsApp"]!.href.startsWith("https://wa.me/?text=")).toBe(true);
  expect(decodeURIComponent(byLabel["Per WhatsApp"]!.href.slice("https://wa.me/?text=".length))).toBe("„Größe“ & Maß https://zeitung.example/politik/größe?x=1&y=2");
  expect(byLabel["Per E-Mail"]!.href.startsWith("mailto:?subject=")).toBe(true);
  expect(byLabel["Per E-Mail"]!.external).toBe(false);
  // One query parameter each: nothing in the headline can add another.
  for (const t of targets) expect(t.href.split("&").length).toBeLessThanOrEqual(2);
});
