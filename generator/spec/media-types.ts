/** `application/json`, `+json` types and `*\/*`, with or without parameters: the bodies specforge validates as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}
