/** `application/json`, `+json` types and `*\/*`, with or without parameters: the bodies specforge validates as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}

/** A media type without its parameters, in lower case: `application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}
