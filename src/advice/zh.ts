import type { Catalog } from '../catalog/types.js';
import type { Reply } from '../reply.js';
import { describeRelease } from './describe.js';

/** The verdict line in Chinese, for the answers built from fixed phrases; null keeps the English one. */
function zhSummary(catalog: Catalog, answer: Reply): string | null {
  const { intent, image, tag, official } = answer.subject;
  const ref = image === null ? null : tag === null ? image : `${image}:${tag}`;
  const info = image === null || tag === null ? undefined : catalog.getTag(image, tag);
  switch (intent) {
    case 'recommend-variant':
      if (info === undefined) return null;
      return `建议使用 \`${ref}\`（${describeRelease(info) ?? '未知系统'}，${info.architectures.length} 种架构）。`;
    case 'official-check':
      if (official === true) return `是：\`${image}\` 是 Docker 官方镜像。`;
      if (official === false) return `不是：\`${image}\` 不是 Docker 官方镜像。`;
      return null;
    case 'feedback-route': {
      const tracker = answer.links[0]?.url;
      return image === null || tracker === undefined ? null : `\`${image}\` 镜像的问题请到这里报告：${tracker}`;
    }
    case 'vuln-check':
      return answer.source.live ? null : `暂时无法扫描 \`${ref}\`：漏洞数据需要在线查询 SBOM 和 OSV。`;
    case 'tag-info':
      return info === undefined ? null : `\`${ref}\` 基于 ${describeRelease(info) ?? '未知系统'}，支持 ${info.architectures.length} 种架构。`;
    default:
      return null;
  }
}

/** Answers a Chinese question in Chinese where a fixed phrase says it; names, tags and links stay as they are. */
export function localize(catalog: Catalog, answer: Reply, language: 'en' | 'zh'): Reply {
  if (language === 'en') return answer;
  const summary = zhSummary(catalog, answer);
  return summary === null ? answer : { ...answer, summary };
}
