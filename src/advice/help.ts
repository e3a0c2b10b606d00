import type { Catalog } from '../catalog/types.js';
import { reply, type Reply } from '../reply.js';
import { snapshotSource } from './source.js';

const EXAMPLES = {
  en: [
    '`which base for python, slim or full?`',
    '`is bitnami/redis official?`',
    '`is nginx:1.29 clean?`',
    '`compare python:3.13 vs python:3.13-slim`',
    '`what tags does postgres 18 have?`',
    '`where do I report a bug in mysql?`',
    '`official database images`',
    'a pasted Dockerfile, to review its FROM lines',
  ],
  zh: [
    '`python 用 slim 还是完整版？`',
    '`bitnami/redis 是官方镜像吗？`',
    '`nginx:1.29 有漏洞吗？`',
    '`postgres 的 bug 在哪里报告？`',
  ],
} as const;

const TEXT = {
  help: {
    en: { title: 'What I can answer', summary: 'I advise on Docker Official Images: which tag to use, whether an image is official, what its tags are, where to report problems.' },
    zh: { title: '我能回答什么', summary: '我提供 Docker 官方镜像的建议：用哪个标签、镜像是否官方、有哪些标签、问题在哪里报告。' },
  },
  unknown: {
    en: { title: 'Not sure what you are asking', summary: "I'm not sure what you're asking. Try one of these:" },
    zh: { title: '没看懂这个问题', summary: '我不确定你在问什么。可以这样问：' },
  },
} as const;

/** Help, or the honest "not sure" for a question that could not be placed: examples, never a guess. */
export function helpReply(catalog: Catalog, kind: 'help' | 'unknown', language: 'en' | 'zh', note?: string): Reply {
  const text = TEXT[kind][language];
  const examples = language === 'zh' ? [...EXAMPLES.zh, ...EXAMPLES.en.slice(0, 2)] : EXAMPLES.en;
  return reply({
    title: text.title,
    summary: note === undefined ? text.summary : `${note} ${text.summary}`,
    verdict: kind === 'help' ? 'info' : 'unknown',
    sections: [{ title: language === 'zh' ? '例如' : 'For example', lines: [...examples] }],
    recommendation: null,
    links: [{ label: 'Docker Official Images', url: 'https://hub.docker.com/search?badges=official' }],
    caveats: [],
    source: snapshotSource(catalog),
    subject: { intent: kind, image: null, tag: null, version: null, variant: null },
  });
}
