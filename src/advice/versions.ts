/** Numeric parts of a version string: `3.14.7` → [3, 14, 7]; `8u502-b07` → [8, 502, 7]. */
export function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

/** Orders versions numerically, newest first when used with sort((a, b) => compareVersions(b, a)). */
export function compareVersions(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** True when `version` is on the line `pin`: `3.13.2` and `3.13` are on `3.13`, `3.130` is not. */
export function onVersionLine(version: string | null, pin: string): boolean {
  if (version === null) return false;
  return version === pin || version.startsWith(`${pin}.`) || version.startsWith(`${pin}-`) || version.startsWith(`${pin}u`);
}

/** The first `count` numeric parts of a version as it is written: `3.14.7`, 2 → `3.14`. */
export function versionPrefix(version: string, count: number): string {
  return version.split('.').slice(0, count).join('.');
}
