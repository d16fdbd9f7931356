// The part of Mozilla's addons-linter (no types of its own) that test/extension/store.test.ts uses.
declare module 'addons-linter' {
  export interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  export function createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
    run: () => Promise<{ errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }>;
  };
}
