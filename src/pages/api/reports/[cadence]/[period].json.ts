/** `/api/reports/<cadence>/<period>.json`: the same report model the page renders (figures, deltas, narrative). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReportModel } from '../../../../lib/reports/model.ts';
import { CADENCES } from '../../../../schemas/policy.ts';
import { getReportModels } from '../../../reports/_models.ts';

export const getStaticPaths = (async () => {
  const models = await getReportModels();
  return CADENCES.flatMap((cadence) => models[cadence].map((model) => ({ params: { cadence, period: model.period }, props: { model } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { model } = props as { model: ReportModel };
  return new Response(JSON.stringify({ version: 2, ...model }, null, 2), { headers: { 'content-type': 'application/json' } });
};
