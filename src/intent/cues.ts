/** Misspellings of "official" (`offical`, `oficial`, `offcial`, `officail`), read as the word. */
export const OFFICIAL_TYPO = /\bof{1,2}i?c{1,2}i?a?i?l(ly)?\b/g;

/** Words that decide an intent outright, checked in order before any scoring. */
export const HELP =
  /^\W*(?:(?:hi|hello|hey)\b\W*)?(?:\/?help(?: me)?|commands|usage|menu|what (?:can|do|else can) (?:you|u|ya|this(?: bot| thing)?|the bot|it) do(?: for me)?|what can i (?:ask|do)(?: (?:you|here|this bot))?|what (?:are|r) (?:your|the) (?:commands|options|features)|what(?: is|'s) this(?: bot)?|what are you|how can (?:you|u) help(?: me)?|how do (?:i|we) use (?:this|you|u|the bot|this bot)|how does this(?: bot)? work|帮助|你能做什么|你会什么|怎么用)\W*$/;
/** Chat shorthand read as the words it stands for before looking for a question about the bot ("wat does u do"). */
export const SHORTHAND: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:wat|wut|wht|whta|waht)\b/g, 'what'],
  [/\b(?:u|ya|yu)\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\br\b/g, 'are'],
];
/** The bot as the subject of a question: "this bot", "you". */
export const ABOUT_BOT = /\b(?:(?:this|the) (?:bot|thing|assistant|service|tool)|you|your)\b|你/;
/** What a question about the bot asks: what it can do, answer, knows, or what to ask it. */
export const BOT_ABILITY =
  /\b(?:(?:what|which|how)\b.{0,40}\b(?:do|does|doing|can|could|answer|answers|ask|help|know|knows|handle|support|supports|for|good at|work|works)|(?:kinds?|sorts?|types?) of (?:questions?|things|stuff)|(?:do|does|can)\b.{0,20}\bwhat|(?:commands?|features?|capabilit\w+|options))\b|能做|会做|能回答|能问/;

/** Asking how an image becomes official; an issue, bug or CVE about an official image is not that. */
export const PROPOSE =
  /\b(?:get|getting|make|making|become|becoming|submit|submitting|add|adding|contribute|contributing|propose|proposing|accepted|request|requesting|turn|create|creating|publish|publishing|include|including)\b[^.?!]{0,60}\bofficial[- ](?:docker[- ])?(?:images?|repo(?:sitor(?:y|ies))?|librar(?:y|ies)|program)\b|\bofficial[- ](?:docker[- ])?images?\b[^.?!]{0,40}\bbe (?:published|created|added|accepted|made|submitted)\b|\b(?:requirements?|checklist|criteria|process|procedure|steps) (?:for|to) (?:an? |becoming an? )?(?:new )?official[- ](?:docker[- ])?images?\b|\bpart of (?:the )?(?:docker(?:'s)? (?:official )?(?:images?|library|stdlib|standard library)|official[- ](?:docker[- ])?(?:images?|library))\b|\bofficial image request\b|\bnew official image\b|\bnew image (?:to|for|in) (?:the )?(?:docker-library|official)|成为官方镜像|申请.{0,10}官方|官方镜像.{0,10}(?:申请|提交|收录)/;
export const NOT_PROPOSE = /\b(?:issues?|bugs?|tickets?|cves?|vulnerabilit\w*)\b/;
/** "official (Docker) images for X": a proposal for X when X is not an official image and the message is a post, not a question. */
export const PROPOSED_FOR = /\bofficial (?:docker )?images? (?:for|of) ([a-z0-9][\w.-]*[a-z0-9])/;
/** The image a proposal is for: "grafana official image request", "an official image for nagios". */
export const PROPOSED_SUBJECT = [
  /^\W*([a-z0-9][\w.-]*) (?:docker )?official (?:docker )?image request\b/,
  PROPOSED_FOR,
  // "get our project Dragonfly accepted", "my tool called foo": the name that follows the thing proposed.
  /\b(?:our|my|the|this|a) (?:(?:open[- ]source|new|own) )?(?:project|app|application|tool|software|product|library|framework|server|service|database|engine) (?:called |named |like )?([a-z0-9][\w.-]*)/,
  /\bbe (?:published|created|added|made) for ([a-z0-9][\w.-]*)/,
  /\b(?:make|get|submit|add|turn|propose) ([a-z0-9][\w.-]*) (?:(?:accepted|added|included|listed|published|approved|in) )?(?:into |as |to )?(?:an? |the )?(?:docker )?official\b/,
  // "We maintain FerretDB. …": the project its maintainers name.
  /\b(?:we|i) (?:maintain|develop|build|wrote|created|made|run) ([a-z0-9][\w.-]*)/,
];
export const FEEDBACK =
  /(?<!\b(?:trivy|grype|snyk|scout|scanners?|scans?|tools?|it|that) )\breport(?:ing|ed)?\b|\b(?:issue tracker|bug tracker|tracker|(?:file|open|raise|submit|create|log|post|send) (?:an? |the |my |our |some )?(?:issues?|bugs?|tickets?|bug reports?|pull requests?|prs?)|github issues?|who maintains|maintainers?|maintained by|feedback|upstream bug)\b|\b(?:where|who|whom)\b[^.?!]{0,40}\b(?:bugs?|issues?|problems?|fixes|prs?|pull requests?)\b|报告|反馈|维护/;
export const VULNERABILITY =
  /\b(?:vulnerab\w*|vulns?|cves?|secure|security|insecure|clean|scan(?:ned|ner|ning|s)?|trivy|grype|snyk|scout|exploit\w*|patched|unpatched|advisor(?:y|ies)|findings?|safe to use)\b|漏洞|安全|补丁/;
export const VULNERABILITY_ID = /\b(?:CVE-\d{4}-\d{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b/i;
/** 比较 before an adjective or verb means "rather" ("用哪个比较好" asks which is better), not "compare". */
export const COMPARE = /\b(?:vs\.?|versus|compare[ds]?|comparing|comparison|differences?|diff|differ)\b|区别|对比|比较(?![好合适快慢轻重稳安新旧多少省靠常推]|小(?!大)|大(?!小))|差别|不同/;
export const OFFICIAL_WORD =
  /\b(?:official(?:ly)?|legit(?:imate)?|genuine|authentic|trusted|real one|fake|impostor|verified publisher|publish(?:es|ed|er)?)\b|官方/;
/** A question about being official, at the start of any sentence. */
export const OFFICIAL_ASK = /(?:^|[.?!:;]\s+)(?:is|are|isn'?t|aren'?t|does|do|who|can i trust|was)\b|\bis (?:it|this|that) (?:an? )?official\b|官方(?:镜像)?吗|是不是官方|是否.{0,4}官方|官方的吗|\bofficial\?/;
/**
 * A yes/no question whose predicate is officialness ("is bitnami/mariadb an official image or …", "is the traefik
 * image on Docker Hub an official image or is it maintained by …", "is mysql/mysql-server the official mysql image
 * or …"): asked whatever clause follows.
 */
export const OFFICIAL_YES_NO =
  /(?:^|[.?!:;]\s+)(?:is|are|was|isn'?t|aren'?t)\s+(?:[^\s.?!]+\s+){1,7}?(?:(?:an?|the|still|really|actually)\s+)*(?:docker\s+)?(?:official(?:ly)?|legit(?:imate)?|genuine|authentic|trusted)(?:\s+(?:docker\s+)?(?:images?|ones?|builds?|repo\w*))?(?=\s*(?:$|[.?!,;:)]|(?:or|and|on|from|by|in|at|or is)\b))|(?:^|[.?!:;]\s+)(?:is|was|isn'?t)\s+(?!(?:the|an?|this|that|it)\s)[^\s?!]+\s+(?:(?:still|really|actually)\s+)?the\s+(?:docker\s+)?official\s+[\w.-]+\s+(?:docker\s+)?image(?=\s*(?:$|[.?!,;:)]|(?:or|and|on|from|by|in|at)\b))/;
export const LIST_ALL = /\b(?:list|all|which|what|show)(?: the| all)? official images\b|有哪些.{0,8}官方|官方.{0,8}有哪些/;
/** "the official redis image": official as a given, while the question is about something else. */
export const OFFICIAL_GIVEN = /\b(?:the|an?|our|my) official (?:docker )?(?:[\w.-]+ )?images?\b/;
export const OFFICIAL_PREDICATE =
  /\b(?:official(?:ly)?|legit(?:imate)?|genuine|authentic|trusted|real one|fake|impostor|verified publisher)\W*$|\b(?:an?|the|still) official (?:one|image|docker image|build)\W*(?:$|[.?!,])|\bis there (?:an?|any) official\b|\bis (?:it|this|that) official\b|\bofficial or\b|\bor (?:not|community|unofficial)\b|\bpublish(?:es|ed|er)?\b|\bwho (?:makes|maintains|owns|builds)\b/;
/** Words that place a question in the bot's world: without one, a bare language name is not about its image. */
export const DOMAIN =
  /\b(?:docker\w*|images?|containers?|tags?|base|from|official|hub|registry|compose|kubernetes|k8s|helm|pods?|pull|push|variants?|flavou?rs?|distro\w*|musl|glibc|libc|cves?|vuln\w*|scan\w*|secur\w*|size|mb|gb|arch\w*|arm\w*|amd64|x86_64|platforms?|digest|manifest|sha256|entrypoint|volumes?|ports?|deploy\w*|production|prod|stage|runtime|build\w*|upgrad\w*|versions?|releases?|latest|lts|eol|bugs?|issues?|report\w*|maintain\w*|tracker|github|bitnami|upstream|library)\b|镜像|容器|官方|漏洞|版本/;
export const CHINESE = /\p{Script=Han}/u;

/** Captures X in "is X official", "is there an official image for X". */
export const OFFICIAL_SUBJECT = [
  /\bis ([a-z0-9][\w.\-/:@]*) (?:an? |the )?(?:docker )?(?:official|legit|legitimate|genuine|trusted|real)\b/,
  /\b(?:is|are) there (?:an? |any )?official (?:docker )?(?:images? )?(?:for |of )?(?:an? )?([a-z0-9][\w.\-/:@]*)/,
  /([a-z0-9][\w.\-/:@]*)\s*(?:是|是不是|是否)(?:一个)?官方/,
  // Chat fragments: "official image for keycloak", "official keycloak image".
  /^\W*official (?:docker )?images? (?:for|of) ([a-z0-9][\w.\-/:@]*)\W*$/,
  /^\W*official ([a-z0-9][\w.\-/:@]*) (?:docker )?image\W*$/,
];

type Weighted = ReadonlyArray<[RegExp, number]>;

/** Scored cues: the highest total wins among these four, ties in this order. */
export const SCORED: ReadonlyArray<['feedback-route' | 'size' | 'tag-info' | 'recommend-variant', Weighted]> = [
  [
    'feedback-route',
    [
      [
        /\b(?:fails?|failed|failing|failure|errors?|crash(?:es|ed|ing)?|broken|breaks|doesn'?t work|does not work|not working|won'?t|can'?t|cannot|unable to|permission denied|segfault|segmentation|exits?|exited|hangs?|regression|missing|not found|no such file|killed|oom|bug|issues?|problems?|not (?:running|starting)|keeps restarting)\b|报错|失败|崩溃/,
        3,
      ],
      [
        /\bnot (?:properly|correctly|reachable|accessible|writable|writeable|readable|responding|persist\w*|shut ?down|load(?:ed|ing)?|start(?:ed|ing)?|install(?:ed|ing)?|updat\w*|creat\w*)\b|\bunreachable\b|\bafter (?:an? |the )?(?:upgrad\w*|updat\w*|restart\w*|reboot\w*|initializ\w*|pulling)\b|\bpermissions?\b|\bexit (?:code|status)\b|\bbut (?:can'?t|cannot|fails?|doesn'?t)\b|\bbut not (?:on|in|with|when|after|for|from|under)\b|\b(?:should|supposed to) be\b|\binstead of\b|\b(?:wrong|incorrect|outdated|stale|out of date)\b|\bmonths old\b|\brebuil[dt]\b|\bstill (?:present|there|vulnerable|broken|on|uses?|ships?)\b|\bwarning\b/,
        3,
      ],
      // Asking the maintainers for a change: "could you add…", "would you consider adding…", "any plans to support…",
      // "any chance to bump…".
      [
        /\b(?:could|can|would|will) you (?:please |pls |kindly )?(?:consider )?(?:add|publish|provide|release|ship|rebuild|bump|support|fix|update|include|enable|switch|remove|drop)\w*\b|\bplease (?:consider )?(?:add|publish|provide|release|rebuild|bump|support|fix|update|include|enable|switch|remove|drop)\w*\b|\bany plans? (?:to|for|of) (?:add|support|publish|provid|releas|ship|includ)\w*|\bany chance (?:(?:you|we|they) (?:could|can|will|would|might) |(?:to|of) (?:get(?:ting)? |see(?:ing)? )?)?(?:add|bump|updat|upgrad|publish|provid|releas|ship|support|includ|rebuild|fix|enabl|switch)\w*/,
        5,
      ],
      // Asking after a new build: "any plan for an OTP-23 flavor", "any chance of getting an arm32v7 build".
      [
        /\b(?:plans?|any chance) (?:(?:to|of) (?:add|publish|provid|releas|ship|support|get|see|hav)\w* |for |of )(?:an? |the |some )?(?:new )?(?:[\w.-]+ ){0,2}?(?:flavou?rs?|variants?|versions?|tags?|builds?|images?)\b/,
        5,
      ],
    ],
  ],
  [
    'size',
    [
      [/\bhow (?:big|large|heavy|small)\b|多大|大小|体积/, 4],
      [/\bhow much (?:disk |storage |drive )?(?:space|room|storage)\b|\bdisk (?:space|usage|footprint)\b|\btakes? up\b/, 4],
      [/\b(?:size|sizes|footprint|megabytes|bloated|weigh\w*)\b/, 3],
      [/\b\d*\s?(?:mb|gb)\b/, 3],
      [/\bso (?:big|large|huge|heavy|fat)\b/, 3],
    ],
  ],
  [
    'tag-info',
    [
      [/\bbased on\b|基于/, 3],
      [/^(?:is|are|does)\b.*\b(?:debian|ubuntu|alpine|bookworm|trixie|bullseye|noble|jammy) or (?:debian|ubuntu|alpine|bookworm|trixie|bullseye|noble|jammy)\b/, 3],
      [/\b(?:architectures?|archs?|platforms?)\b|架构/, 3],
      [/\btags?\b|标签/, 2],
      [/\bdockerfile\b/, 3],
      [/\bwhich (?:debian|ubuntu|alpine|os|distro|glibc|libc|openssl|kernel)\b/, 2],
      // "what alpine version is php:8.2-fpm-alpine on": the base's version, asked.
      [/\bwhat (?:debian|ubuntu|alpine|os|distro|glibc|libc|openssl|kernel) (?:version|verison|vesion|verion|versoin|release)\b/, 2],
      [/\b(?:version|versions|release|verison|vesion|verion|versoin)\b|版本/, 1],
      // How often builds are refreshed: "how often is the telegraf image rebuilt", "update cadence".
      [/\bhow (?:often|frequently)\b[^.?!]{0,40}\b(?:rebuil\w*|updat\w*|refresh\w*|releas\w*|publish\w*|patch\w*|bump\w*)|\b(?:rebuild|update|release) (?:cadence|schedule|frequency|policy)\b/, 4],
      [/\bpoints? to\b/, 2],
      [/\bsupport(?:s|ed)?\b|支持/, 1],
      [/\b(?:arm64|aarch64|amd64|armv7|x86_64|ppc64le|s390x|riscv64|raspberry)\b/, 2],
      [/\b(?:digest|manifest|sha256)\b/, 2],
      [/\blatest\b/, 1],
      [/\b(?:eol|end of life|deprecated|updated|rebuilt|release date|changelog)\b/, 2],
      // Whether a version is out: "redis 7.4 released yet?", "ruby 3.4 image available", "mysql 9 image when".
      [/\b(?:released|available|out yet|yet|when)\b/, 2],
      [/\b(?:list|show)\b/, 1],
      [/\b(?:variants?|flavou?rs?|windows ?server ?core|nanoserver)\b/, 2],
      [/^(?:is|are) there (?:an? |any )/, 1],
      [/\bwhat(?:'s| is) in\b|\bcomes? with\b|\bships? with\b|\binstalled\b|\b(?:includes?|contains?)\b/, 2],
    ],
  ],
  [
    'recommend-variant',
    [
      [/\b(?:should|shud|shld|shoud|shoul|sould) (?:i|we)\b|应该|推荐|哪个|选择|还是|用什么/, 3],
      [/\bimage to use\b|\bi (?:want|need)\b|\blooking for\b/, 3],
      [/\brecommend\w*\b/, 3],
      [/\bbest\b/, 3],
      [/\bwhich\b/, 1],
      [/\bor\b/, 1],
      // A choice between two builds: "the mgmt tag or the plain one", "alpine variant or the regular one".
      [/\b(?:tags?|variants?|flavou?rs?|ones?|images?) or (?:the |a )?(?:[\w.-]+ )?(?:one|tag|variant|flavou?r)\b/, 3],
      // "which ruby tag should I use": asks for the one to use, not what the tags are.
      [/\bwhich\b[^.?!]{0,30}\b(?:tags?|variants?|versions?|images?)\b[^.?!]{0,25}\b(?:use|pick|choose|go with|run)\b/, 2],
      [/\b(?:good idea|worth it|prefer|choose|pick|go with|better|suitable|(?:good|right|best|bad) (?:choice|fit|option|pick))\b|比较好|更好|合适|适合/, 2],
      [/\b(?:smallest|lightest|lightweight|minimal|tiny|smaller)\b|小一点|小一些|更小|最小|轻量/, 2],
      [/\bbase image\b|\bbase for\b|\bimage for\b/, 1],
      [/\bfor (?:a|an|my|our) [\w.-]+ (?:app|application|service|microservices?|project|api|site|backend|jar|bot|server|worker)\b/, 2],
      [/\b(?:build|runtime|final) stage\b/, 1],
      [/\bproduction\b/, 1],
    ],
  ],
];
