/** One challenge of a `WWW-Authenticate` header: the scheme (lower case) and its parameters. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

// token68 or auth-param, per RFC 9110 §11.6.1: `key=value`, `key="quoted \" value"`, separated by commas.
const PARAM = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)\s*(?:,|$)/;
const SCHEME = /^\s*,?\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+|$)/;

/**
 * Parses every challenge in a `WWW-Authenticate` header, e.g.
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"`.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.www-authenticate
 * @see https://distribution.github.io/distribution/spec/auth/token/
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let rest = header;
  while (rest.trim() !== '') {
    const scheme = SCHEME.exec(rest);
    if (!scheme?.[1]) break;
    rest = rest.slice(scheme[0].length);
    const params: Record<string, string> = {};
    for (let param = PARAM.exec(rest); param?.[1] !== undefined; param = PARAM.exec(rest)) {
      params[param[1].toLowerCase()] = unquote(param[2] ?? '');
      rest = rest.slice(param[0].length);
    }
    challenges.push({ scheme: scheme[1].toLowerCase(), params });
  }
  return challenges;
}

/** The Bearer challenge's realm, service and scope, or null when the header offers no Bearer with a realm. */
export function bearerChallenge(header: string | undefined): { realm: string; service: string | null; scope: string | null } | null {
  const bearer = parseWwwAuthenticate(header ?? '').find((challenge) => challenge.scheme === 'bearer');
  const realm = bearer?.params['realm'];
  if (!bearer || !realm) return null;
  return { realm, service: bearer.params['service'] ?? null, scope: bearer.params['scope'] ?? null };
}

function unquote(value: string): string {
  return value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}
