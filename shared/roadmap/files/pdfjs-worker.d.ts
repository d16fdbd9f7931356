/** The worker half of pdfjs, imported to run in the same thread (pdf.ts): it ships without types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
