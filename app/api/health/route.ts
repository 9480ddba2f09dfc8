import { checkHealth } from "@/modules/system/health";

// For load balancers and uptime checks: 200 when the database answers.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
