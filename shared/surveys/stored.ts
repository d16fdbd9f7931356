/** Reading «Анкеты» back into responses, by the sheet's own row schema. */
import type { z } from 'zod';
import type { SurveyResponse } from '../model';
import { type CellValue, RESPONSES_SHEET, type ReadResult, readTable } from '../sheets';

/** The responses as the model has them: the sheet's row without the form's ID of the response. */
const StoredResponse = RESPONSES_SHEET.schema.omit({ source: true });

/**
 * A response's figures (kind, time, role, person, pair, score) without its ID and raw answers: what the report's
 * indicators and the pairs' year count. Every row with valid figures counts, whatever its raw answers or ID hold.
 */
export const ResponseFigures = RESPONSES_SHEET.schema.omit({ id: true, answers: true, source: true });
export type ResponseFigures = z.output<typeof ResponseFigures>;

/** Reads the «Анкеты» sheet (values as getValues gives them) back into responses, e.g. for summariseSatisfaction. */
export function readSurveyResponses(
  values: readonly (readonly CellValue[])[],
  today: string,
): ReadResult<SurveyResponse> {
  return readTable(values, RESPONSES_SHEET, StoredResponse, { today });
}
