/** Reading «Анкеты» back into responses, by the sheet's own row schema. */
import type { SurveyResponse } from '../model';
import { type CellValue, RESPONSES_SHEET, type ReadResult, readTable } from '../sheets';

/** The responses as the model has them: the sheet's row without the form's ID of the response. */
const StoredResponse = RESPONSES_SHEET.schema.omit({ source: true });

/** Reads the «Анкеты» sheet (values as getValues gives them) back into responses, e.g. for summariseSatisfaction. */
export function readSurveyResponses(
  values: readonly (readonly CellValue[])[],
  today: string,
): ReadResult<SurveyResponse> {
  return readTable(values, RESPONSES_SHEET, StoredResponse, { today });
}
