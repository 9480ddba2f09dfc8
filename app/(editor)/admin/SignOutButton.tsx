"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <Button variant="secondary" type="button" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOut")}
    </Button>
  );
}
