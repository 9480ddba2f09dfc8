import { describe, expect, it } from "vitest";
import { safeNewsroomPath } from "./safe-redirect";

describe("safeNewsroomPath", () => {
  it("keeps newsroom paths", () => {
    expect(safeNewsroomPath("/admin/articles/abc")).toBe("/admin/articles/abc");
    expect(safeNewsroomPath("/admin")).toBe("/admin");
  });
  it.each(["https://evil.example/admin", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login", "/admin/../x", "/administrator", null, undefined])(
    "sends %s to /admin",
    (next) => expect(safeNewsroomPath(next)).toBe("/admin"),
  );
});
