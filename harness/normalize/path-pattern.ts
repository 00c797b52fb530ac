// Path patterns over snapshot JSON: JSON Pointers (RFC 6901) with two wildcard segments.
//
//   /debugger/snapshot/id               exactly that member
//   /debugger/snapshot/stack/*/lineNumber   `*`: any one key or array index
//   /debugger/snapshot/captures/**/address  `**`: any number of segments, zero included
//
// A segment is a wildcard only when it is exactly `*` or `**`; `~0` and `~1` escape `~`
// and `/` as in JSON Pointer. A pattern compiles once to a regular expression over the
// JSON Pointer of each visited value.

export class PathPatternError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`path pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'PathPatternError';
  }
}

export interface PathPattern {
  readonly source: string;
  matches(pointer: string): boolean;
}

export function compilePathPattern(source: string): PathPattern {
  if (source !== '' && !source.startsWith('/')) {
    throw new PathPatternError(source, 'must be empty (the root) or start with "/"');
  }
  const segments = source === '' ? [] : source.slice(1).split('/');
  const parts = segments.map((segment, index) => {
    if (segment === '**') return '(?:/[^/]*)*';
    if (segment === '*') return '/[^/]*';
    if (segment.includes('*')) {
      throw new PathPatternError(source, `segment ${index + 1} (${JSON.stringify(segment)}): "*" must be a whole segment`);
    }
    if (/~(?![01])/.test(segment)) {
      throw new PathPatternError(source, `segment ${index + 1} (${JSON.stringify(segment)}): "~" must be followed by 0 or 1`);
    }
    return `/${escapeRegExp(segment)}`;
  });
  const regex = new RegExp(`^${parts.join('')}$`);
  return { source, matches: (pointer) => regex.test(pointer) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
