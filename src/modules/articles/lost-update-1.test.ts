// Parts 0, 1, 2, 3 of the 1,000 lost-update interleavings (./lost-update.cases.ts), on a database of their own.
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { lostUpdateParts } = await import("./lost-update.cases");
lostUpdateParts([0, 1, 2, 3]);
