/** Library-file architecture names and the OCI platforms they stand for (data-formats.md §2.2). */
export const ARCH_PLATFORMS = {
  amd64: 'linux/amd64',
  arm32v5: 'linux/arm/v5',
  arm32v6: 'linux/arm/v6',
  arm32v7: 'linux/arm/v7',
  arm64v8: 'linux/arm64/v8',
  i386: 'linux/386',
  mips64le: 'linux/mips64le',
  ppc64le: 'linux/ppc64le',
  riscv64: 'linux/riscv64',
  s390x: 'linux/s390x',
  'windows-amd64': 'windows/amd64',
} as const satisfies Record<string, string>;

/** The library architecture for a platform as people write it: `linux/arm64`, `arm64`, `aarch64`. */
export function archOfPlatform(platform: string): string | null {
  const wanted = platform.toLowerCase().replace(/^linux\//, '');
  for (const [arch, oci] of Object.entries(ARCH_PLATFORMS)) {
    const short = oci.replace(/^linux\//, '');
    if (wanted === arch || wanted === short || wanted === oci || `${wanted}/v8` === short) return arch;
  }
  if (wanted === 'aarch64') return 'arm64v8';
  if (wanted === 'x86_64' || wanted === 'x86-64') return 'amd64';
  return null;
}

export function platformOfArch(arch: string): string {
  return (ARCH_PLATFORMS as Record<string, string>)[arch] ?? arch;
}

/** `linux/arm64` as the registry names it (`linux/arm64/v8`); `linux/amd64` when none was asked for. */
export function platformFor(pin: string | null): string {
  if (pin === null) return 'linux/amd64';
  const arch = archOfPlatform(pin);
  return arch === null ? pin : platformOfArch(arch);
}
