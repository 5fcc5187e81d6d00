// Modules that esbuild provides at build time (see scripts/build.mjs).

declare module '*.md' {
  const text: string;
  export default text;
}

declare module 'virtual:template-validator' {
  import type { ErrorObject } from 'ajv';
  interface PrecompiledValidator {
    (data: unknown): boolean;
    errors?: ErrorObject[] | null;
  }
  const validate: PrecompiledValidator;
  export default validate;
}

declare module 'virtual:config-validator' {
  import type { ErrorObject } from 'ajv';
  interface PrecompiledValidator {
    (data: unknown): boolean;
    errors?: ErrorObject[] | null;
  }
  const validate: PrecompiledValidator;
  export default validate;
}
