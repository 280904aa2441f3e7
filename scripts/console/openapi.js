// Writes the service's OpenAPI document and the console's API types from it,
// without a database or a listening socket: Nest builds the module graph in
// preview mode (no provider is instantiated) and Swagger reads the routes.
//   node scripts/console/openapi.js [--json-only]
require('./ts-register');
require('reflect-metadata');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..');
const out = join(root, 'dist', 'console-api');

async function main() {
  const { NestFactory } = require('@nestjs/core');
  const { FastifyAdapter } = require('@nestjs/platform-fastify');
  const { DocumentBuilder, SwaggerModule } = require('@nestjs/swagger');
  const { AppModule } = require(join(root, 'src', 'app.module.ts'));
  const { loadSettings } = require(join(root, 'src', 'platform', 'config', 'settings.ts'));

  const settings = loadSettings({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.forRoot(settings), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  const config = new DocumentBuilder()
    .setTitle('Countersign API')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  mkdirSync(out, { recursive: true });
  const jsonFile = join(out, 'openapi.json');
  writeFileSync(jsonFile, JSON.stringify(document, null, 2) + '\n');
  await app.close();

  if (process.argv.includes('--json-only')) return;
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document, { alphabetize: true });
  const header =
    "// Generated from the service's OpenAPI document by scripts/console/openapi.js: do not edit.\n";
  writeFileSync(join(out, 'schema.d.ts'), header + astToString(ast));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
