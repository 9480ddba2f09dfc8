/**
 * The "Eilmeldung" line above every reader page. The page itself stays the
 * same cached HTML for everyone; public/reader.js fetches /eilmeldung.json
 * (expired by the newsroom when it sets or ends one) and fills this slot from
 * the template, announced politely to screen readers. Without JavaScript no
 * banner is shown.
 */
export function BreakingBanner() {
  return (
    <>
      <div aria-live="polite" data-breaking="" />
      <template data-breaking-template="">
        <div role="region" aria-label="Eilmeldung" className="bg-red-700 text-white">
          <p className="mx-auto max-w-5xl px-4 py-2 text-sm sm:text-base">
            <span className="mr-2 font-bold uppercase tracking-wide">Eilmeldung</span>
            {/* A template: public/reader.js sets the real address and text. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-semibold underline underline-offset-2">
              Eilmeldung
            </a>
          </p>
        </div>
      </template>
    </>
  );
}
