// A real OpenID provider for the sign-in tests: `oidc-provider` (ES modules only, so it runs in
// a process of its own, started by oidc.ts). Two issuers share one signing key: the first is
// the one the service trusts; the second signs tokens the service must refuse for their issuer.
//
// Protocol (one JSON line each way):
//   stdout  {"issuers": ["http://127.0.0.1:…", "http://127.0.0.1:…"]}   listening, not yet ready
//   stdin   {"redirectUri": "http://127.0.0.1:…/"}                    the console, once it listens
//   stdout  {"ready": true}
//
// argv[2] is JSON: { clientId, resources: [the service's audience, …others], accounts:
// { <login>: { name, roles, location? } } }. The provider's own development login form
// (devInteractions) signs in any login it lists, with any password.
import { exportJWK, generateKeyPair } from 'jose';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { URL } from 'node:url';
import Provider, { errors } from 'oidc-provider';

const { clientId, resources, accounts } = JSON.parse(process.argv[2]);

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };

let handlers = [];
const servers = [0, 1].map((i) =>
  createServer((req, res) => {
    if (!handlers[i]) {
      res.writeHead(503).end('not ready');
      return;
    }
    handlers[i](req, res);
  }),
);
for (const s of servers) await new Promise((r) => s.listen(0, '127.0.0.1', r));
const issuers = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
process.stdout.write(JSON.stringify({ issuers }) + '\n');

const lines = createInterface({ input: process.stdin });
const first = await new Promise((resolve) => lines.once('line', resolve));
const { redirectUri } = JSON.parse(first);

function configuration() {
  return {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    async findAccount(_ctx, sub) {
      const a = accounts[sub];
      if (!a) return undefined;
      return { accountId: sub, claims: async () => ({ sub, name: a.name }) };
    },
    // The service reads roles and location from its access token.
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken') return undefined;
      const a = accounts[token.accountId];
      if (!a) return undefined;
      return {
        name: a.name,
        roles: a.roles,
        ...(a.location ? { location: a.location } : {}),
      };
    },
    features: {
      devInteractions: { enabled: true },
      // JWT access tokens are issued for a resource indicator (RFC 8707).
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resources[0],
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          if (!resources.includes(indicator)) throw new errors.InvalidTarget();
          return {
            scope: 'openid profile',
            audience: indicator,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  };
}

const providers = issuers.map((issuer) => new Provider(issuer, configuration()));
handlers = providers.map((p) => p.callback());
process.stdout.write(JSON.stringify({ ready: true }) + '\n');

// Ends when the test closes its end of the pipe (or kills the process).
lines.on('close', () => {
  for (const s of servers) s.closeAllConnections();
  for (const s of servers) s.close();
  process.exit(0);
});
