import { describe, expect, it } from "vitest";
import { summarizePrismaOutput } from "./prisma-output.mjs";

// What `prisma migrate deploy` printed on every start (Prisma 6.19 with a
// driver adapter), and the one line npm start now logs instead.
const MIGRATE = `Loaded Prisma config from prisma.config.ts.

Prisma config detected, skipping environment variable loading.
Prisma schema loaded from prisma/schema.prisma
Datasource "db": SQLite database "redaktion.db" using driver adapter "@prisma/adapter-better-sqlite3"

WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:
- url

The values from your schema will NOT be used!

We recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters.

12 migrations found in prisma/migrations


No pending migrations to apply.
`;

describe("summarizePrismaOutput", () => {
  it("drops the banners and the driver-adapter warning, keeps what happened", () => {
    expect(summarizePrismaOutput(MIGRATE)).toBe("12 migrations found in prisma/migrations No pending migrations to apply.");
  });
  it("keeps a generate's result", () => {
    expect(summarizePrismaOutput("Loaded Prisma config from prisma.config.ts.\n\n✔ Generated Prisma Client (6.19.3) to ./src/generated/prisma in 439ms\n")).toBe("✔ Generated Prisma Client (6.19.3) to ./src/generated/prisma in 439ms");
  });
});
