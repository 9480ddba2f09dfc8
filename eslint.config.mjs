// Lint, and the import rules the README states, enforced (npm test runs it).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { noNewsroomLiterals } from "./eslint/no-newsroom-literals.mjs";

// Import rules. In a flat config the last block that sets a rule for a file
// wins, so each block below lists every rule for its files, and the few
// adapters that may do more come after with their own, shorter list.
const LIB_BELOW_DOMAIN = { group: ["@/modules/*", "**/modules/*", "@/app/*"], message: "src/lib is below the domain: it never imports src/modules or app." };
const DOMAIN_BELOW_APP = { group: ["@/app/*", "**/app/*"], message: "The domain never imports from app/." };
const DRIVERS = { group: ["better-sqlite3", "@prisma/adapter-*", "pg", "@aws-sdk/*", "ioredis", "**/lib/database/*", "@/generated/prisma-postgres/*"], message: "Only the adapters open connections: the database seam (src/lib/db.ts, src/lib/database/), Redis (src/lib/redis.ts, server/shared-cache/) and the object store (src/modules/media/s3-storage.ts)." };
const IMPLEMENTATIONS = {
  group: ["**/search/sqlite", "**/search/postgres", "**/media/storage", "**/media/s3-storage"],
  message: "Ask src/modules/infrastructure.ts for the search index or the media storage; import only their interfaces.",
};
// What one domain module may use of another: a small public surface per module.
// Everything else in a module folder is its own business.
const PUBLIC_SURFACE = {
  access: ["policy"],
  audit: ["service"],
  // session: the collaboration server checks the session of a WebSocket upgrade as getCurrentUser checks a request's.
  auth: ["actor", "password", "throttle", "session"],
  // service, working-copy: the shared document (collab) is stored through the article's own save (saveFields).
  articles: ["body", "dto", "cache-tags", "slug", "queries", "related", "seed", "write", "service", "working-copy"],
  // hub: an article write tells the people typing into it (no imports: no cycle).
  collab: ["document", "updates", "service", "bridge", "hub"],
  media: ["dto", "public-url", "summary", "usage", "variants"],
  live: ["dto"],
  // queries: the desk shows what leads the home page now.
  fronts: ["schema", "queries"],
  users: ["slug"],
  mail: ["mailer"],
  system: ["purge"],
  pages: ["seed", "queries"],
  webhooks: ["outbox", "events", "sign", "deliver", "purge-endpoint"],
  // queries: webhooks tell partners only what the API would show (getApiImage).
  "content-api": ["serialize", "schema", "queries"],
};
const MODULE_SURFACE = {
  group: ["../*/*", "!../../**", ...Object.entries(PUBLIC_SURFACE).flatMap(([module, files]) => files.map((file) => `!../${module}/${file}`))],
  message: `Modules use each other only through their public surface (eslint.config.mjs PUBLIC_SURFACE): ${Object.entries(PUBLIC_SURFACE)
    .map(([m, f]) => `${m}/{${f.join(",")}}`)
    .join(" ")}.`,
};
// The process around Next (start, front door, caches, configuration, logging) is the bottom layer.
const SERVER_BELOW_ALL = { group: ["@/*", "**/src/*", "**/app/*", "**/scripts/*"], message: "server/ is below app/ and src/: it imports neither (nor scripts/); they import it as @server/…." };
// Caches are purged one way: src/modules/system/purge.ts.
const ONE_PURGE = { group: ["@/lib/cache", "**/lib/cache"], message: "Purge through src/modules/system/purge.ts (memory, Next, other servers, nginx and CDNs in one call)." };
const DATABASE = { group: ["@/lib/db", "**/lib/db"], message: "Only src/modules touches the database: call a service or a query." };
const only = (files, ...patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".e2e/**", ".ci/node/**", "src/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Unused on purpose when written with a leading underscore (e.g. a field left out of a copy).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Imports run one way: app → src/modules → src/lib → server; drivers and implementations only in their adapters.
  only(["server/**"], SERVER_BELOW_ALL),
  // Its tests start throwaway Redis servers with the scripts' helpers.
  only(["server/**/*.test.ts"], { group: ["@/*", "**/src/*", "**/app/*"], message: SERVER_BELOW_ALL.message }),
  only(["src/lib/**"], LIB_BELOW_DOMAIN, DRIVERS, IMPLEMENTATIONS),
  only(["src/modules/**"], DOMAIN_BELOW_APP, DRIVERS, IMPLEMENTATIONS, MODULE_SURFACE, ONE_PURGE),
  only(["src/modules/system/purge.ts"], DOMAIN_BELOW_APP, DRIVERS, IMPLEMENTATIONS, MODULE_SURFACE),
  only(["app/**", "src/components/**"], DATABASE, DRIVERS, IMPLEMENTATIONS, ONE_PURGE),
  only(["proxy.ts", "instrumentation.ts"], DATABASE, DRIVERS, IMPLEMENTATIONS),
  // The adapters themselves.
  only(["src/lib/db.ts", "src/lib/database/**", "src/lib/redis.ts", "server/shared-cache/**"], LIB_BELOW_DOMAIN),
  only(["src/modules/infrastructure.ts", "src/modules/media/storage.ts"], DOMAIN_BELOW_APP, DRIVERS, MODULE_SURFACE),
  // The object-store adapter is the one place that speaks S3.
  only(["src/modules/media/s3-storage.ts"], DOMAIN_BELOW_APP, MODULE_SURFACE),
  // The PostgreSQL index shares the FTS5 index's window and cap, so both answer alike.
  only(["src/modules/search/postgres.ts"], DOMAIN_BELOW_APP, DRIVERS, MODULE_SURFACE),
  // Tests set up real databases and test implementations directly.
  only(["src/lib/**/*.test.ts", "src/lib/testing/**"], LIB_BELOW_DOMAIN),
  only(["src/modules/**/*.test.ts", "src/modules/**/*.test.tsx"], DOMAIN_BELOW_APP),
  // The newsroom and sign-in speak each person's language: words come from src/i18n/messages.
  {
    files: ["app/(editor)/**/*.tsx", "app/(editor)/**/*.ts", "app/(auth)/**/*.tsx", "app/(auth)/**/*.ts", "src/components/{editor,media,ui,shell}/**/*.tsx", "src/components/{editor,media,ui,shell}/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { redaktion: { rules: { "no-newsroom-literals": noNewsroomLiterals } } },
    rules: { "redaktion/no-newsroom-literals": "error" },
  },
]);
