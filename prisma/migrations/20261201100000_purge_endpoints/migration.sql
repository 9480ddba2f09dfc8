-- AlterTable: a webhook endpoint's kind (signed events, or a CDN purge address) and the purge's bearer token.
ALTER TABLE "WebhookEndpoint" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'webhook';
ALTER TABLE "WebhookEndpoint" ADD COLUMN "token" TEXT NOT NULL DEFAULT '';
