// Types for the parts of citation-js the tests use (its packages ship none).
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string): Promise<Cite>;
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
