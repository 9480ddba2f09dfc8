import { describe, expect, it } from "vitest";
import { passwordSchema, setupSchema } from "./schema";

describe("password rules", () => {
  it("refuses 11 characters and accepts 12", () => {
    expect(passwordSchema.safeParse("abcdefghij1").success).toBe(false);
    expect(passwordSchema.safeParse("Kaffee-Tasse").success).toBe(true);
  });
  it("accepts long passphrases with Unicode and spaces (64 and 128 characters)", () => {
    expect(passwordSchema.safeParse("Größe über alles 🍂 ".repeat(4).slice(0, 64)).success).toBe(true);
    expect(passwordSchema.safeParse("ein langer Satz mit Leerzeichen und Ümläuten ".repeat(3).slice(0, 128)).success).toBe(true);
  });
  it("refuses very common passwords", () => {
    for (const common of ["password1234", "123456789012", "qwertyuiopas", "aaaaaaaaaaaaaaa"]) {
      expect(passwordSchema.safeParse(common).success).toBe(false);
    }
  });
  it("explains each refusal by field", () => {
    const result = setupSchema.safeParse({ name: "", email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["name", "email", "password"]));
  });
  it("normalises the email address", () => {
    expect(setupSchema.parse({ name: "Ada", email: "  Ada@Example.ORG ", password: "lange-passphrase" }).email).toBe("ada@example.org");
  });
});
