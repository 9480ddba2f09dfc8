// Liveness, for process supervisors: the server answers. It does not ask the
// database, so an outage there does not get healthy app servers restarted;
// readiness (/api/health) does.
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
