import { checkHealth } from "@/modules/system/health";

// Readiness, for load balancers and uptime checks: 200 when the database
// answers and the server is not shutting down, else 503. Liveness: /api/health/live.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
