// Types for the parts of the Frictionless `datapackage` library the tests use (it ships none).
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string; schema?: { fields: { name: string; type: string }[] } };
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string, options?: { strict?: boolean }): Promise<Package> };
  };
  export default datapackage;
}
