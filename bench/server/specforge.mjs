// @ts-check
/**
 * The measured side of bench/server.mjs: the package specforge generated for AgentMessage
 * (generated/agentmessage/, or the bench's --package), its `createHandler` on `node:http` through its `createNodeListener`. The handler does
 * the routing, the bearer check through `authenticate`, the scope, the parsing and validation of the path and the
 * body, and the 422 in the spec's envelope; the operation's function only answers the 200 body.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../fetch-package.mjs';
import { announce, serverArgs } from './common.mjs';

const { route, maxSeconds } = serverArgs();
const packageDir = route.package ?? join(ROOT_DIR, 'generated/agentmessage');
const pkg = /** @type {any} */ (await import(pathToFileURL(join(packageDir, 'index.js')).href));
if (typeof pkg.createHandler !== 'function' || typeof pkg.createNodeListener !== 'function') {
  process.stderr.write(
    `${packageDir} exports no createHandler/createNodeListener: the server handler is not in this build ` +
      '(on a checkout that has it, run `npm run build && npm run generate`)\n',
  );
  process.exit(1);
}

const handler = pkg.createHandler(
  { [route.operation]: async () => ({ status: 200, body: route.answerBody }) },
  {
    authenticate: (/** @type {{ scheme: string, credentials: any }} */ { credentials }) =>
      credentials.type === 'bearer' && credentials.token === route.token ? { scopes: route.tokenScopes, principal: 'bench' } : null,
  },
);
const server = createServer(pkg.createNodeListener(handler));
server.listen(0, '127.0.0.1', () => announce(server, maxSeconds));
