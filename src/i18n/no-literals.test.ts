import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { noNewsroomLiterals } from "../../eslint/no-newsroom-literals.mjs";

// The lint rule that keeps words in the catalogues: what it must find, and
// what it must let pass (class names, keys, symbols, t() calls).

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

tester.run("no-newsroom-literals", noNewsroomLiterals, {
  valid: [
    `const a = <p className="mt-1 text-sm">{t("profile.saved")}</p>;`,
    `const a = <Button aria-label={t("fronts.moveUp", { name })}>↑</Button>;`,
    `const a = <span>{count} · {name}</span>;`,
    `import { x } from "Some Module";`,
    `"use client";`,
    `const k = { "Sign in": 1 };`,
    `const path = "/admin/articles";`,
    `const status = "PUBLISHED";`,
    `log.info("article.saved", { id });`,
    `const a = <input type="datetime-local" name="at" />;`,
    `const a = <p className={on ? "font-bold text-red-700" : "text-sm"}>{t("x")}</p>;`,
  ],
  invalid: [
    { code: `const a = <h1>Your profile</h1>;`, errors: 1 },
    { code: `const a = <Field label="Headline" />;`, errors: 1 },
    { code: `const a = <Button aria-label={"Move up"}>↑</Button>;`, errors: 1 },
    { code: "const a = <img alt={`Photo of ${name}`} />;", errors: 1 },
    { code: `const a = <p>{"Nothing yet."}</p>;`, errors: 1 },
    { code: `setNotice("Draft saved. Readers see nothing of it until you publish.");`, errors: 1 },
    { code: `const go = confirm("Take over editing?");`, errors: 1 },
    { code: `const a = <button>{copied ? "Copied" : "Copy"}</button>;`, errors: 2 },
    { code: `const a = <Button aria-label={on ? "Enable" : "Disable"} />;`, errors: 2 },
  ],
});
