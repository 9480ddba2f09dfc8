import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { frontDesk } from "@/modules/fronts/queries";
import { FrontEditor } from "./FrontEditor";

type Props = { params: Promise<{ front: string }> };

export async function generateMetadata({ params }: Props) {
  const { front } = await params;
  return { title: front === "home" ? "Home page front" : `Front: ${front}` };
}

export default async function FrontPage({ params }: Props) {
  const { front } = await params;
  const me = await requireUserOrRedirect(`/admin/fronts/${front}`);
  const desk = await orNotFound(frontDesk(me, front));
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">Front: {desk.front.name}</h1>
      <FrontEditor desk={desk} />
    </main>
  );
}
