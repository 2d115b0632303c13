/** `/api/reports/index.json`: every report period of this build, whether a narrative exists for it. */
import type { APIRoute } from 'astro';
import { CADENCES } from '../../../schemas/policy.ts';
import { getReportModels, withBase } from '../../reports/_models.ts';

export const GET: APIRoute = async () => {
  const models = await getReportModels();
  const periods = Object.fromEntries(
    CADENCES.map((cadence) => [
      cadence,
      models[cadence].map((m) => ({
        period: m.period,
        title: m.title,
        first: m.first,
        last: m.last,
        inProgress: m.inProgress,
        required: m.required,
        history: m.history,
        narrative: m.narrative !== null,
        url: withBase(`/reports/${cadence}/${m.period}/`),
        json: withBase(`/api/reports/${cadence}/${m.period}.json`),
      })),
    ]),
  );
  return new Response(JSON.stringify({ version: 2, periods }, null, 2), { headers: { 'content-type': 'application/json' } });
};
