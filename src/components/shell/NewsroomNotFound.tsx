import Link from "next/link";
import { getTranslator } from "@/i18n/server";

/** The newsroom's 404 (and sign-in's): in the person's language; it never confirms what they may not see. */
export async function NewsroomNotFound({ inMain = false }: { inMain?: boolean }) {
  const t = await getTranslator();
  // Sign-in's layout already has the page's <main>; the newsroom's 404 brings its own.
  const Landmark = inMain ? "div" : "main";
  return (
    <Landmark className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("notFound.heading")}</h1>
      <p className="mt-3">{t("notFound.text")}</p>
      <p className="mt-6">
        <Link href="/admin" className="font-semibold underline">
          {t("notFound.back")}
        </Link>
      </p>
    </Landmark>
  );
}

export async function newsroomNotFoundMetadata() {
  const t = await getTranslator();
  return { title: t("notFound.title"), robots: { index: false } };
}
