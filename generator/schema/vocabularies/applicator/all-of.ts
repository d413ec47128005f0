import type { Keyword } from '../../compiler/keyword.js';
import { forbiddenKeyword, markedNames } from '../openapi/read-write.js';

/** Every member in place; the properties one member forbids in this direction are forbidden in all (not required). */
export const allOf: Keyword = {
  keywords: ['allOf'],
  code(site) {
    const members = site.schemaList('allOf');
    const forbiddenAround = new Set(site.context.forbiddenAround);
    const forbidden = forbiddenKeyword(site.direction);
    if (forbidden !== undefined) for (const name of markedNames(site.compiler.documents, site.schema, site.location, forbidden)) forbiddenAround.add(name);
    return members.flatMap((member, index) => site.check(member, site.child('allOf', String(index)), { forbiddenAround }));
  },
};
