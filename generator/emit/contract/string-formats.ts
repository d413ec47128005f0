import type { Random } from './random.js';

/** A valid string of a format the validator asserts, or undefined for a format it does not know. */
export function formatSample(format: string, random: Random): string | undefined {
  const hex = (n: number) => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  switch (format) {
    case 'date-time': return `2026-0${random.int(1, 9)}-1${random.int(0, 9)}T12:00:00Z`;
    case 'date': return `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`;
    case 'time': return '12:00:00Z';
    case 'duration': return 'P1D';
    case 'email': case 'idn-email': return 'user@example.com';
    case 'uri': case 'url': case 'iri': return `https://example.com/${hex(6)}`;
    case 'uri-reference': case 'iri-reference': return `/${hex(6)}`;
    case 'uri-template': return 'https://example.com/{id}';
    case 'uuid': return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
    case 'ipv4': return `192.0.2.${random.int(1, 254)}`;
    case 'ipv6': return '2001:db8::1';
    case 'hostname': case 'idn-hostname': return 'example.com';
    case 'json-pointer': return '/a/b';
    case 'relative-json-pointer': return '0/a';
    case 'regex': return '^[a-z]+$';
    case 'byte': return 'aGVsbG8=';
    case 'int32': case 'int64': case 'float': case 'double': case 'password': case 'binary': return undefined;
    default: return undefined;
  }
}

/** A string a format rejects, with words for a report; undefined for a format that accepts any string. */
export function formatBreaker(format: string): { value: string; words: string } | undefined {
  switch (format) {
    case 'date-time': return { value: '2026-13-45 25:61', words: 'not an RFC 3339 date-time' };
    case 'date': return { value: '2026-13-45', words: 'not a full-date' };
    case 'time': return { value: '25:61:00', words: 'not an RFC 3339 time' };
    case 'duration': return { value: '1 day', words: 'not an ISO 8601 duration' };
    case 'email': case 'idn-email': return { value: 'not-an-email', words: 'not an email address' };
    case 'uri': case 'url': case 'iri': return { value: 'not a uri', words: 'not an absolute URI' };
    case 'uri-reference': case 'iri-reference': return { value: 'a b\\c', words: 'not a URI reference' };
    case 'uuid': return { value: 'not-a-uuid', words: 'not a UUID' };
    case 'ipv4': return { value: '999.0.0.1', words: 'not an IPv4 address' };
    case 'ipv6': return { value: '2001:db8:::1:', words: 'not an IPv6 address' };
    case 'hostname': case 'idn-hostname': return { value: '-bad-.example', words: 'not a hostname' };
    case 'json-pointer': return { value: 'a/b', words: 'not a JSON pointer' };
    case 'regex': return { value: '(', words: 'not a regular expression' };
    case 'byte': return { value: '!!!', words: 'not base64' };
    default: return undefined;
  }
}
