// @ts-check
/**
 * The ceiling of bench/server.mjs: `node:http` reading the request to its end and answering the route's 200 body,
 * serialized once, with no routing, authentication, parsing or validation.
 */
import { createServer } from 'node:http';
import { announce, serverArgs } from './common.mjs';

const { route, maxSeconds } = serverArgs();
const answer = Buffer.from(JSON.stringify(route.answerBody));
const headers = { 'content-type': 'application/json', 'content-length': String(answer.length) };

const server = createServer((request, response) => {
  request.on('end', () => {
    response.writeHead(200, headers);
    response.end(answer);
  });
  request.resume();
});
server.listen(0, '127.0.0.1', () => announce(server, maxSeconds));
