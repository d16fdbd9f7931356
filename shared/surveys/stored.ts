/** Reading «Анкеты» back into responses (the answers cell as JSON). */
import { z } from 'zod';
import { SurveyResponse } from '../model';
import { type CellValue, RESPONSES_SHEET, type ReadResult, readTable } from '../sheets';

/** The answers cell holds the raw answers as JSON (written by encodeCell); anything else reads as no answers. */
function answersFromCell(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

const StoredResponse = SurveyResponse.extend({
  answers: z.preprocess(answersFromCell, SurveyResponse.shape.answers),
});

/** Reads the «Анкеты» sheet (values as getValues gives them) back into responses, e.g. for summariseSatisfaction. */
export function readSurveyResponses(
  values: readonly (readonly CellValue[])[],
  today: string,
): ReadResult<SurveyResponse> {
  return readTable(values, RESPONSES_SHEET, StoredResponse, { today }) as ReadResult<SurveyResponse>;
}
