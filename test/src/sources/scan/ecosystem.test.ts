import { describe, expect, it } from 'vitest';
import { imageOsOf, packageQueryFor, parsePurl } from '../../../../src/sources/scan/ecosystem.js';

const pkg = (purl: string | null, purpose: string | null = null) => ({ name: 'x', version: '1', purl, purpose });

describe('packageQueryFor', () => {
  it.each([
    ['pkg:deb/debian/glibc@2.36-9%2Bdeb12u4?os_distro=bookworm&os_name=debian&os_version=12', 'Debian:12', 'glibc', '2.36-9+deb12u4'],
    ['pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12&upstream=glibc', 'Debian:12', 'glibc', '2.36-9+deb12u4'],
    ['pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64&distro=debian-12&upstream=gcc-12%4012.2.0-14', 'Debian:12', 'gcc-12', '12.2.0-14'],
    ['pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12.6&epoch=1', 'Debian:12', 'libc6', '1:2.36-9'],
    ['pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=bookworm', 'Debian:12', 'openssl', '3.0.11-1~deb12u2'],
    ['pkg:deb/debian/bash@5.2.37-2?distro=debian-13', 'Debian:13', 'bash', '5.2.37-2'],
    ['pkg:apk/alpine/busybox@1.37.0-r18?os_name=alpine&os_version=3.22', 'Alpine:v3.22', 'busybox', '1.37.0-r18'],
    ['pkg:apk/alpine/ssl_client@1.37.0-r18?arch=x86_64&distro=alpine-3.22.1&upstream=busybox', 'Alpine:v3.22', 'busybox', '1.37.0-r18'],
    ['pkg:deb/ubuntu/bash@5.2.21-2ubuntu4?distro=ubuntu-24.04', 'Ubuntu:24.04:LTS', 'bash', '5.2.21-2ubuntu4'],
    ['pkg:deb/ubuntu/bash@5.2.37?os_distro=plucky&os_name=ubuntu', 'Ubuntu:25.04', 'bash', '5.2.37'],
    ['pkg:pypi/jinja2@3.1.4', 'pypi', 'jinja2', '3.1.4'],
    ['pkg:npm/%40babel/core@7.0.0?x=1', 'npm', '@babel/core', '7.0.0'],
    ['pkg:golang/golang.org/x/net@v0.17.0', 'golang', 'golang.org/x/net', 'v0.17.0'],
  ])('asks OSV about %s as %s %s %s', (purl, ecosystem, name, version) => {
    expect(packageQueryFor(pkg(purl), null)).toMatchObject({ ecosystem, name, version });
  });

  it('queries OS packages by name and ecosystem, language packages by bare purl', () => {
    expect(packageQueryFor(pkg('pkg:deb/debian/bash@5.2?distro=debian-12'), null)?.query).toEqual({
      package: { ecosystem: 'Debian:12', name: 'bash' },
      version: '5.2',
    });
    expect(packageQueryFor(pkg('pkg:npm/%40babel/core@7.0.0?x=1'), null)?.query).toEqual({ package: { purl: 'pkg:npm/%40babel/core@7.0.0' } });
  });

  it('takes the release from the SBOM OS entry when the purl names none', () => {
    const os = imageOsOf([{ name: 'debian', version: '12', purl: null, purpose: 'OPERATING-SYSTEM' }]);

    expect(packageQueryFor(pkg('pkg:deb/debian/bash@5.2'), os)?.ecosystem).toBe('Debian:12');
    expect(packageQueryFor(pkg('pkg:deb/debian/bash@5.2'), null)).toBeNull();
  });

  it.each([[null], ['pkg:oci/image'], ['not a purl'], ['pkg:pypi/nover']])('skips %s', (purl) => {
    expect(packageQueryFor(pkg(purl), null)).toBeNull();
  });

  it('skips the container entry', () => {
    expect(packageQueryFor(pkg('pkg:pypi/x@1', 'CONTAINER'), null)).toBeNull();
  });
});

describe('parsePurl', () => {
  it('splits type, namespace, name, version and qualifiers', () => {
    expect(parsePurl('pkg:maven/org.apache/log4j-core@2.14.1?type=jar')).toEqual({
      type: 'maven',
      namespace: 'org.apache',
      name: 'log4j-core',
      version: '2.14.1',
      qualifiers: { type: 'jar' },
    });
  });
});
