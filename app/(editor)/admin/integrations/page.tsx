import { getTranslator } from "@/i18n/server";
import { orNotFound } from "@/lib/page-guards";
import { siteUrl } from "@/lib/site";
import { config } from "@server/config.mjs";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listApiKeys } from "@/modules/content-api/keys";
import { WEBHOOK_EVENTS } from "@/modules/webhooks/events";
import { listEndpoints } from "@/modules/webhooks/service";
import { ApiKeys } from "./ApiKeys";
import { Webhooks } from "./Webhooks";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("integrations.title") };
}

export default async function IntegrationsPage() {
  const me = await requireUserOrRedirect("/admin/integrations");
  const [keys, endpoints] = await orNotFound(Promise.all([listApiKeys(me), listEndpoints(me)]));
  const t = await getTranslator();
  const docs = `${siteUrl()}/api/content/v1/openapi.json`;
  const { purge } = config();
  return (
    <main className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold">{t("integrations.title")}</h1>
        <p className="mt-1 max-w-prose text-sm text-neutral-700 dark:text-neutral-300">{t("integrations.intro")}</p>
      </div>
      <ApiKeys keys={keys} docs={docs} />
      <Webhooks endpoints={endpoints} events={[...WEBHOOK_EVENTS]} configuredPurge={purge.url ? new URL(purge.url).host : null} />
    </main>
  );
}
