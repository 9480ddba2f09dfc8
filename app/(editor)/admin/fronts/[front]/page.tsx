import { FrontTop } from "@/components/site/FrontTop";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { frontDesk, previewFront } from "@/modules/fronts/queries";
import { thumbUrl } from "@/modules/media/variants";
import { getTranslator } from "@/i18n/server";
import { FrontEditor, type SlotFill } from "./FrontEditor";

type Props = { params: Promise<{ front: string }> };

export async function generateMetadata({ params }: Props) {
  const { front } = await params;
  const t = await getTranslator();
  return { title: front === "home" ? t("fronts.homeTitle") : t("fronts.frontTitle", { name: front }) };
}

export default async function FrontPage({ params }: Props) {
  const { front } = await params;
  const me = await requireUserOrRedirect(`/admin/fronts/${front}`);
  // The saved draft as readers would see it now: which story fills each slot, chosen or automatic.
  const [desk, preview] = await orNotFound(Promise.all([frontDesk(me, front), previewFront(me, front)]));
  const t = await getTranslator();
  const resolved = [preview.lead, ...preview.top];
  const filled: (SlotFill | null)[] = Array.from({ length: desk.front.count }, (_, i) => {
    const s = resolved[i];
    return s ? { id: s.id, headline: s.headline, sectionName: s.sectionName, at: s.publishedAt, thumb: s.image ? thumbUrl(s.image.id) : null, chosen: s.pinned } : null;
  });
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{t("fronts.frontTitle", { name: desk.front.name })}</h1>
      <FrontEditor
        desk={desk}
        filled={filled}
        preview={
          // The reader's own components, at half size: the front as readers will see it.
          <div className="select-none [zoom:0.5]" inert>
            <FrontTop lead={preview.lead} top={preview.top} />
          </div>
        }
      />
    </main>
  );
}
