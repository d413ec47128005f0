import { block } from '../../compiler/body-lines.js';
import type { Keyword } from '../../compiler/keyword.js';

/** The runtime's checker of each format specforge asserts; other formats are annotations. */
const FORMAT_CHECKERS: Readonly<Record<string, string>> = {
  'date-time': 'isDateTime',
  date: 'isDate',
  time: 'isTime',
  email: 'isEmail',
  uri: 'isUri',
  'uri-reference': 'isUriReference',
  uuid: 'isUuid',
  ipv4: 'isIpv4',
  ipv6: 'isIpv6',
  hostname: 'isHostname',
  duration: 'isDuration',
  'json-pointer': 'isJsonPointer',
  regex: 'isRegex',
};

/** A string format, checked when the compiler asserts formats (specforge's default; 2020-12's is to annotate). */
export const format: Keyword = {
  keywords: ['format'],
  code(site) {
    const name = site.schema['format'];
    if (typeof name !== 'string') throw site.fail('format', 'format must be a string');
    if (site.compiler.formats !== 'assert' || !Object.hasOwn(FORMAT_CHECKERS, name)) return [];
    return block(`if (!${site.runtimeHelper(FORMAT_CHECKERS[name]!)}(${site.value}))`, site.error('format', `must match format ${JSON.stringify(name)}`));
  },
};
