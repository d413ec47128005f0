/**
 * A stable operationId for an operation that has none: the method, then the path's words in camelCase, with
 * parameters as `By<Name>` (`get /users/{id}/repos` → `getUsersByIdRepos`). `taken` says whether a name is in use;
 * a taken name gets a numeric suffix, so the result only depends on the document.
 */
export function deriveOperationId(method: string, path: string, taken: (name: string) => boolean): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? `By${pascal(parameter[1]!)}` : pascal(segment);
    });
  const base = method + words.join('');
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}${n}`;
  return name;
}

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
