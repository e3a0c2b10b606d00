import { describe, expect, it } from 'vitest';
import { OsvVuln } from '../../../../src/sources/scan/schema.js';
import { cvesOf, fixedVersion, ownScore, withoutDuplicateAdvisories } from '../../../../src/sources/scan/findings.js';

const vuln = (record: Record<string, unknown>) => OsvVuln.parse(record);
const query = { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.11-1~deb12u1', query: { package: { ecosystem: 'Debian:12', name: 'openssl' }, version: '3.0.11-1~deb12u1' } };

describe('findings helpers', () => {
  it('collects the CVEs a record stands for', () => {
    expect(cvesOf(vuln({ id: 'DSA-5532-1', upstream: ['CVE-2023-5678', 'CVE-2023-5363'] }))).toEqual(['CVE-2023-5678', 'CVE-2023-5363']);
    expect(cvesOf(vuln({ id: 'DEBIAN-CVE-2023-5678' }))).toEqual(['CVE-2023-5678']);
  });

  it('prefers the CVSS v3 vector and falls back to v2 and per-package severity', () => {
    expect(ownScore(vuln({ id: 'a', severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }, { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N' }] }))).toBe(5.9);
    expect(ownScore(vuln({ id: 'b', severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] }))).toBe(7.5);
    expect(ownScore(vuln({ id: 'c', affected: [{ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }] }))).toBe(9.8);
    expect(ownScore(vuln({ id: 'd', severity: [{ type: 'Ubuntu', score: 'medium' }] }))).toBeNull();
  });

  it('reads the fixed version of the matching package only', () => {
    const record = vuln({
      id: 'DSA-1',
      affected: [
        { package: { ecosystem: 'Debian:11', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.1w-0+deb11u1' }] }] },
        { package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] }] },
      ],
    });

    expect(fixedVersion(record, query)).toBe('3.0.11-1~deb12u2');
    expect(fixedVersion(vuln({ id: 'x', affected: [{ package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ events: [{ introduced: '0' }] }] }] }), query)).toBeNull();
  });

  it('drops an advisory whose CVEs all have per-CVE records', () => {
    const records = [vuln({ id: 'DSA-1', upstream: ['CVE-2023-0001'] }), vuln({ id: 'DEBIAN-CVE-2023-0001', upstream: ['CVE-2023-0001'] }), vuln({ id: 'DSA-2', upstream: ['CVE-2023-0002'] })];

    expect(withoutDuplicateAdvisories(records).map((r) => r.id)).toEqual(['DEBIAN-CVE-2023-0001', 'DSA-2']);
  });
});
