-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'webhook',
ADD COLUMN     "token" TEXT NOT NULL DEFAULT '';

