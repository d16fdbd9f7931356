/**
 * What the filing of form answers shares, for the questionnaires (formSubmit.ts) and the meeting reports
 * (meetingFiling.ts): a form opened by ID, its responses read by question title, timestamps to the second.
 * (The sheets they file into are read and written through table.ts.)
 */
/** How long a submission waits for another one to finish (Apps Script stops a trigger at 6 minutes). */
export const SUBMIT_LOCK_MS = 240000;

/** Timestamps compared to the second (a sheet may not keep milliseconds). */
export const seconds = (iso: string) => iso.slice(0, 19);
type FormResponse = GoogleAppsScript.Forms.FormResponse;

/** A form response's answers by question title, as the filing reads them (a checkbox's answers as a list). */
export function namedValuesOf(response: FormResponse): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const ir of response.getItemResponses()) {
    const title = ir.getItem().getTitle();
    const value = ir.getResponse() as unknown;
    out[title] = Array.isArray(value)
      ? value.map((v) => (Array.isArray(v) ? v.join(', ') : String(v)))
      : String(value ?? '');
  }
  return out;
}

export function openRegistered(formId: string): GoogleAppsScript.Forms.Form | null {
  try {
    return FormApp.openById(formId);
  } catch {
    return null; // moved to the bin: its answers already filed stay, nothing new can come
  }
}
