import { connection } from "next/server";
import { FrontTop } from "@/components/site/FrontTop";
import { HomeSections } from "@/components/site/HomeSections";
import { getHomeFront } from "@/modules/fronts/queries";

export default async function HomePage() {
  await connection(); // rendered per request from cached, tagged data; never at build time
  const { lead, top, latest, sections } = await getHomeFront();
  if (!lead) {
    return (
      <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="font-serif text-2xl font-bold">Aktuelle Nachrichten</h1>
        <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">Noch keine Artikel veröffentlicht.</p>
      </main>
    );
  }
  return (
    <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="sr-only">Aktuelle Nachrichten</h1>
      <FrontTop lead={lead} top={top} />
      <HomeSections latest={latest} sections={sections} />
    </main>
  );
}
