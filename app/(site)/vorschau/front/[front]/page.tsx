import { connection } from "next/server";
import { FrontTop } from "@/components/site/FrontTop";
import { HomeSections } from "@/components/site/HomeSections";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { previewFront } from "@/modules/fronts/queries";

export const metadata = { title: "Vorschau", robots: { index: false, follow: false } };

/** The desk's saved draft of a front, as readers will see it once published (signed-in editors only). */
export default async function FrontPreviewPage({ params }: { params: Promise<{ front: string }> }) {
  await connection();
  const { front } = await params;
  const me = await requireUserOrRedirect(`/vorschau/front/${front}`);
  const preview = await orNotFound(previewFront(me, front));
  return (
    <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-6 rounded bg-amber-100 px-4 py-2 text-sm text-amber-950">Vorschau – so sehen Leserinnen und Leser {preview.front.name}, sobald der Entwurf veröffentlicht ist.</p>
      <h1 className="sr-only">Vorschau: {preview.front.name}</h1>
      <FrontTop lead={preview.lead} top={preview.top} />
      <HomeSections latest={preview.latest} sections={preview.sections} />
    </main>
  );
}
