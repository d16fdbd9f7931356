import type { ReportPackage } from '../../../shared/model';
import {
  buildReportLists,
  buildReportPackage,
  computeIndicators,
  type ReportSettingsInput,
} from '../../../shared/report';
import { edgeSchool } from './fixture';

/** A school package built the way the add-on builds it, from the edge-case school. */
export function schoolPackage(
  name: string,
  settings: ReportSettingsInput = {},
  extra: {
    includeLists?: boolean;
    inn?: string;
    generatedAt?: string;
    period?: { from: string; to: string };
  } = {},
): ReportPackage {
  const input = edgeSchool();
  if (extra.period) input.period = { ...extra.period, label: '' };
  const organisation = {
    name,
    district: 'Заречный район',
    region: 'Красноярский край',
    inn: extra.inn ?? '',
  };
  return buildReportPackage({
    organisation,
    period: input.period,
    indicators: computeIndicators({ ...input, organisation }, settings),
    generatedAt: extra.generatedAt ?? '2025-12-20T09:00:00+07:00',
    includeLists: extra.includeLists ?? false,
    lists: buildReportLists(input),
  });
}
