import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../support/run-cli.js';
import { dereferencedSpec, operation, type Vendor } from '../../specs/support/spec-fixtures.js';

type Json = any;

/** A bundled package as its users import it: generated/<vendor>/index.js. */
export async function bundledPackage(vendor: Vendor): Promise<any> {
  return import(pathToFileURL(join(projectRoot, 'generated', vendor, 'index.js')).href);
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface SendOptions {
  headers?: Record<string, string>;
  body?: unknown;
  /** A bearer token; `null` for none. */
  token?: string | null;
}

/** Sends one request to a web handler; an object body is sent as JSON. */
export async function send(handler: (request: Request) => Promise<Response>, method: string, url: string, options: SendOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? 'good-token'}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  Object.assign(headers, options.headers);
  return answerOf(await handler(new Request(url, { method, headers, body })));
}

/** What a test needs to know of a vendor's update operation, read from its spec. */
export interface UpdateOperation {
  spec: Json;
  op: Json;
  method: string;
  /** The server URL and the operation's path with a valid id in it. */
  url: string;
  origin: string;
  id: string;
  /** The documented request bodies. */
  examples: unknown[];
  /** The documented 200 body. */
  answer: unknown;
  scopes: string[];
}

export const VALID_IDS: Record<Vendor, string> = {
  autousers: 'c0123456789abcdefghijklmn',
  autosend: '60d5ec49f1b2c72d9c8b1234',
  agentmessage: '497f6eca-6276-4993-bfeb-53cbbbba6f08',
  middesk: '497f6eca-6276-4993-bfeb-53cbbbba6f08',
};

export async function updateOperation(vendor: Vendor): Promise<UpdateOperation> {
  const spec = await dereferencedSpec(vendor);
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of ['put', 'patch']) {
      if (item[method]?.operationId !== 'updateWebhook') continue;
      const op = operation(spec, 'updateWebhook');
      const server: string = spec.servers[0].url.replace(/\/$/, '');
      const id = VALID_IDS[vendor];
      const media = op.requestBody.content['application/json'];
      const examples = Object.values<Json>(media.examples ?? {}).map((example) => example.value);
      const ok = op.responses['200'].content['application/json'];
      const answer = Object.values<Json>(ok.examples ?? {})[0]?.value;
      const scopes = (op.security ?? spec.security ?? []).flatMap((requirement: Json) => Object.values<string[]>(requirement).flat());
      return { spec, op, method: method.toUpperCase(), url: server + path.replace('{id}', id), origin: new URL(server).origin, id, examples, answer, scopes };
    }
  }
  throw new Error(`${vendor} has no updateWebhook`);
}
