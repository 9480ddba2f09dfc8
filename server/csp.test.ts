import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withScriptHashes } from "./csp-hashes.mjs";
import { mediaOrigin, noncePolicy, pagePolicy } from "./csp.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("content security policy", () => {
  it("hashes exactly the inline scripts a browser runs", () => {
    const html = [
      `<script>self.__next_f=self.__next_f||[]</script>`,
      `<script id="_R_">(globalThis.x)</script>`,
      `<script src="/_next/static/a.js" async=""></script>`,
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      `<script type="module">import("/x.js")</script>`,
      `<script>self.__next_f.push([1,"„Zitat“"])</script>`,
      `<script>self.__next_f=self.__next_f||[]</script>`,
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=self.__next_f||[]"), sha("(globalThis.x)"), sha('import("/x.js")'), sha('self.__next_f.push([1,"„Zitat“"])')]);
  });

  it("puts the hashes in place of 'unsafe-inline' in script-src only", () => {
    const policy = withScriptHashes(pagePolicy(), ["'sha256-abc='"])!;
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
    // Nothing to replace: a nonce policy, or none at all.
    expect(withScriptHashes(noncePolicy("n0nce"), ["'sha256-abc='"])).toBeNull();
    expect(withScriptHashes(undefined, [])).toBeNull();
  });

  it("the newsroom policy allows only its nonce inline", () => {
    const scripts = noncePolicy("n0nce").split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-n0nce'");
  });
});

it("images may come from MEDIA_PUBLIC_URL's origin when it is set, and only then", () => {
  const media = mediaOrigin("https://cdn.zeitung.example/medien");
  expect(media).toBe("https://cdn.zeitung.example");
  expect(pagePolicy({ media }).split("; ")).toContain("img-src 'self' data: blob: https://cdn.zeitung.example");
  expect(noncePolicy("n0nce", { media }).split("; ")).toContain("img-src 'self' data: blob: https://cdn.zeitung.example");
  expect(pagePolicy().split("; ")).toContain("img-src 'self' data: blob:");
  expect(mediaOrigin(undefined)).toBeNull();
});
