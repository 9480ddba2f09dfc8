"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Uploader } from "@/components/media/Uploader";

/** The library's upload area: the grid below refreshes as images arrive. */
export function LibraryUploader({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const timer = useRef<number | undefined>(undefined);
  return (
    <Uploader
      maxBytes={maxBytes}
      onUploaded={() => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => router.refresh(), 300);
      }}
    />
  );
}
