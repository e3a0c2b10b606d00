/** Words people use for a kind of image, and the Docker Hub category slug they mean. */
const CATEGORY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(databases?|db|dbs|sql|nosql|storage|key[- ]value)\b|数据库/, 'databases-and-storage'],
  [/\b(web ?servers?|http servers?|app(?:lication)? servers?|servlet containers?|reverse prox(y|ies)|load balancers?)\b|服务器/, 'web-servers'],
  [/\b(programming )?languages?\b|\bruntimes?\b|\bframeworks?\b|语言/, 'languages-and-frameworks'],
  [/\b(base os|operating systems?|os images?|distros?|distributions?)\b|操作系统/, 'operating-systems'],
  [/\b(cms|cmss|content management|blog(s|ging)?|wiki)\b/, 'content-management-system'],
  [/\b(message (queues?|brokers?)|queues?|brokers?|messaging|pub\/?sub)\b|消息队列/, 'message-queues'],
  [/\b(monitoring|observability|metrics|logging|dashboards?)\b|监控/, 'monitoring-and-observability'],
  [/\b(ci|ci\/cd|continuous integration|build tools?|delivery)\b/, 'integration-and-delivery'],
  [/\b(api gateways?|api management)\b/, 'api-management'],
  [/\b(machine learning|ml|ai)\b/, 'machine-learning-and-ai'],
  [/\b(data science|analytics|notebooks?)\b/, 'data-science'],
  [/\b(networking|dns|vpn)\b/, 'networking'],
  [/\b(iot|internet of things|mqtt)\b/, 'internet-of-things'],
  [/\b(developer tools?|dev tools?|tooling)\b/, 'developer-tools'],
  [/\b(security tools?|secrets?|identity|auth(entication)? servers?)\b/, 'security'],
];

const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the is are there any some all of for to in on with and or which what where who how do does i we my our ' +
    'it this that be can you me list show find official image images docker hub please').split(' '),
);

/** The category slug the text asks about, among the lexicon's categories. */
export function categoryOf(lowerText: string, categories: ReadonlySet<string>): string | null {
  for (const [pattern, slug] of CATEGORY_WORDS) {
    if (categories.has(slug) && pattern.test(lowerText)) return slug;
  }
  return null;
}

/** Search words: the text's words without the filler, at most eight. */
export function keywordsOf(words: readonly string[]): string[] {
  const keywords: string[] = [];
  for (const word of words) {
    if (STOPWORDS.has(word) || keywords.includes(word)) continue;
    keywords.push(word);
    if (keywords.length === 8) break;
  }
  return keywords;
}
