/** Handlebars' prototype-access rules, built once instead of on every render (see renderer.ts). */
declare module 'handlebars/dist/cjs/handlebars/internal/proto-access' {
  export function createProtoAccessControl(runtimeOptions: {
    allowProtoPropertiesByDefault?: boolean;
    allowProtoMethodsByDefault?: boolean;
  }): unknown;
}
