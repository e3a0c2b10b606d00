/** Qualitative ratings of CVSS v3.1 §5, plus `unknown` when no vector could be scored. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';

type Metrics = Record<string, string>;

const V3 = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;
const V3_PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } } as const;

const V2 = {
  AV: { L: 0.395, A: 0.646, N: 1 },
  AC: { H: 0.35, M: 0.61, L: 0.71 },
  Au: { M: 0.45, S: 0.56, N: 0.704 },
  CIA: { N: 0, P: 0.275, C: 0.66 },
} as const;

/**
 * The base score of a CVSS v3.0/v3.1 or v2 vector string (OSV's `severity[].score`); null for v4 vectors and
 * anything that does not parse. v4 needs the spec's macro-vector tables, which are not carried here.
 * @see https://www.first.org/cvss/v3.1/specification-document#7-1-Base-Metrics-Equations
 * @see https://www.first.org/cvss/v2/guide#3-2-1-Base-Equation
 */
export function cvssBaseScore(vector: string): number | null {
  const v3 = /^CVSS:3\.([01])\/(.+)$/.exec(vector.trim());
  if (v3) return scoreV3(metricsOf(v3[2] ?? ''), v3[1] === '1');
  if (vector.trim().startsWith('CVSS:')) return null;
  return scoreV2(metricsOf(vector.trim().replace(/^\(|\)$/g, '')));
}

/** CVSS v3.1 §5: none 0.0, low 0.1–3.9, medium 4.0–6.9, high 7.0–8.9, critical 9.0–10.0 ("none" counts as unknown). */
export function severityOf(score: number | null): Severity {
  if (score === null || score === 0) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

function metricsOf(text: string): Metrics {
  const metrics: Metrics = {};
  for (const part of text.split('/')) {
    const [key, value] = part.split(':');
    if (key && value) metrics[key] = value;
  }
  return metrics;
}

function pick<T extends Record<string, number>>(table: T, value: string | undefined): number | null {
  return value !== undefined && value in table ? (table[value as keyof T] as number) : null;
}

function scoreV3(m: Metrics, v31: boolean): number | null {
  const scope = m['S'] === 'C' ? 'C' : m['S'] === 'U' ? 'U' : null;
  const values = [pick(V3.AV, m['AV']), pick(V3.AC, m['AC']), scope && pick(V3_PR[scope], m['PR']), pick(V3.UI, m['UI'])];
  const cia = [pick(V3.CIA, m['C']), pick(V3.CIA, m['I']), pick(V3.CIA, m['A'])];
  if (!scope || values.some((v) => v === null) || cia.some((v) => v === null)) return null;
  const [av, ac, pr, ui] = values as number[];
  const [c, i, a] = cia as number[];
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  const raw = scope === 'U' ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
  return v31 ? roundUp31(raw) : Math.ceil(raw * 10) / 10;
}

/** CVSS v3.1 Appendix A: round up to one decimal without floating-point surprises. */
function roundUp31(value: number): number {
  const integer = Math.round(value * 100_000);
  return integer % 10_000 === 0 ? integer / 100_000 : (Math.floor(integer / 10_000) + 1) / 10;
}

function scoreV2(m: Metrics): number | null {
  const values = [pick(V2.AV, m['AV']), pick(V2.AC, m['AC']), pick(V2.Au, m['Au']), pick(V2.CIA, m['C']), pick(V2.CIA, m['I']), pick(V2.CIA, m['A'])];
  if (values.some((v) => v === null)) return null;
  const [av, ac, au, c, i, a] = values as number[];
  const impact = 10.41 * (1 - (1 - c!) * (1 - i!) * (1 - a!));
  const exploitability = 20 * av! * ac! * au!;
  const f = impact === 0 ? 0 : 1.176;
  return Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
}
