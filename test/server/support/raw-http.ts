import { connect, type Socket } from 'node:net';
import type { Answer } from './serve.js';

/** A request as bytes on the wire: anything a client could send, whether or not `fetch` would. */
export interface RawRequest {
  /** Any token, in any case: Node's parser, not this client, decides what is a method. */
  method: string;
  /** The request target exactly as written on the request line. */
  target: string;
  /** In order, duplicates kept; values are written as UTF-8, so Node reads non-Latin-1 text as Latin-1. */
  headers: [string, string][];
  body?: Uint8Array;
  /** The Host header, written first; the server's own address when not given. */
  host?: string;
}

export interface RawAnswer extends Answer {
  /** True when the server closed the connection after this answer. */
  closed: boolean;
}

/** The request's bytes: a `content-length` is written for every body, so framing is always right. */
export function encodeRequest(request: RawRequest, host: string): Buffer {
  let head = `${request.method} ${request.target} HTTP/1.1\r\nhost: ${request.host ?? host}\r\n`;
  for (const [name, value] of request.headers) head += `${name}: ${value}\r\n`;
  if (request.body !== undefined) head += `content-length: ${request.body.length}\r\n`;
  head += '\r\n';
  const bytes = Buffer.from(head, 'utf8');
  return request.body === undefined ? bytes : Buffer.concat([bytes, request.body]);
}

interface Head {
  status: number;
  headers: [string, string][];
  /** Where the body starts in the buffer. */
  start: number;
}

function parseHead(buffer: Buffer): Head | 'incomplete' {
  let from = 0;
  // Interim answers (100 Continue) come before the final one; they are skipped.
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n', from);
    if (end === -1) return 'incomplete';
    const lines = buffer.subarray(from, end).toString('latin1').split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
    if (!statusLine) throw new Error(`not an HTTP answer: ${JSON.stringify(lines[0])}`);
    const status = Number(statusLine[1]);
    if (status >= 100 && status < 200) {
      from = end + 4;
      continue;
    }
    const headers: [string, string][] = [];
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
    return { status, headers, start: end + 4 };
  }
}

/** The body's bytes once all of them have arrived, by `content-length` or chunked coding; `undefined` until then. */
function bodyOf(head: Head, buffer: Buffer, noBody: boolean, ended: boolean): Buffer | undefined {
  const rest = buffer.subarray(head.start);
  if (noBody) return Buffer.alloc(0);
  const length = head.headers.find(([name]) => name === 'content-length');
  if (length) {
    const size = Number(length[1]);
    return rest.length >= size ? rest.subarray(0, size) : undefined;
  }
  if (head.headers.some(([name, value]) => name === 'transfer-encoding' && /chunked/i.test(value))) {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const eol = rest.indexOf('\r\n', at);
      if (eol === -1) return undefined;
      const size = parseInt(rest.subarray(at, eol).toString('latin1'), 16);
      if (Number.isNaN(size)) throw new Error(`a chunk size that is not hexadecimal: ${JSON.stringify(rest.subarray(at, eol).toString('latin1'))}`);
      // The last chunk, then no trailers: an empty line.
      if (size === 0) return rest.length >= eol + 4 ? Buffer.concat(parts) : undefined;
      if (rest.length < eol + 2 + size + 2) return undefined;
      parts.push(rest.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
  }
  // Neither: the body runs to the end of the connection (Node's own 400 for a request it cannot parse).
  return ended ? rest : undefined;
}

/**
 * One HTTP/1.1 connection, reused from request to request until the server closes it, then opened again.
 * Requests go one at a time; each must be answered within `timeoutMs`, or `send` rejects.
 */
export class RawConnection {
  private socket: Socket | undefined;

  constructor(
    private readonly port: number,
    private readonly timeoutMs = 2000,
  ) {}

  async send(request: RawRequest): Promise<RawAnswer> {
    const socket = await this.open();
    const noBody = request.method === 'HEAD';
    return new Promise<RawAnswer>((resolve, reject) => {
      let buffer = Buffer.alloc(0);
      let ended = false;
      let settled = false;
      const finish = (error: Error | undefined, answer?: RawAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.off('data', onData).off('end', onEnd).off('close', onEnd).off('error', onError);
        if (error || answer!.closed) {
          socket.destroy();
          this.socket = undefined;
        }
        if (error) reject(error);
        else resolve(answer!);
      };
      const tryFinish = () => {
        try {
          answerIfComplete();
        } catch (error) {
          finish(error as Error);
        }
      };
      const answerIfComplete = () => {
        const head = parseHead(buffer);
        if (head === 'incomplete') {
          if (ended) finish(new Error(`the connection closed before an answer (${buffer.length} bytes read)`));
          return;
        }
        const noContent = noBody || head.status === 204 || head.status === 304;
        const body = bodyOf(head, buffer, noContent, ended);
        if (body === undefined) {
          if (ended) finish(new Error(`the connection closed in the middle of a ${head.status} answer`));
          return;
        }
        const closes = head.headers.some(([name, value]) => name === 'connection' && /close/i.test(value));
        const text = body.toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        finish(undefined, { status: head.status, headers: new Headers(head.headers), text, json, closed: closes || ended });
      };
      const onData = (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        tryFinish();
      };
      const onEnd = () => {
        ended = true;
        tryFinish();
      };
      // A reset after the answer arrived (the server closed with bytes of ours unread) leaves the answer good.
      const onError = () => onEnd();
      const timer = setTimeout(() => finish(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      socket.on('data', onData).on('end', onEnd).on('close', onEnd).on('error', onError);
      socket.write(encodeRequest(request, `127.0.0.1:${this.port}`), (error) => {
        if (error) onError();
      });
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private open(): Promise<Socket> {
    const current = this.socket;
    if (current && !current.destroyed && current.writable) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const socket = connect(this.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.off('error', reject);
        // Between requests the server may close an idle connection: that is no failure, the next send reconnects.
        socket.on('error', () => undefined);
        socket.on('close', () => {
          if (this.socket === socket) this.socket = undefined;
        });
        this.socket = socket;
        resolve(socket);
      });
      socket.once('error', reject);
    });
  }
}
