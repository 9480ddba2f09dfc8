export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div lang="en" className="flex min-h-screen items-start justify-center bg-neutral-50 px-4 py-16 dark:bg-neutral-950">
      <main className="w-full max-w-sm rounded-lg border border-neutral-200 bg-white p-6 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        {children}
      </main>
    </div>
  );
}
