import { describeHeldOutSet } from '../../helpers/held-out.js';

/**
 * A second, independent held-out set: 80 questions written from sources not used before (docker-library/* and
 * upstream image tracker issue titles, Q&A pages, chat phrasings, pasted Dockerfiles, Chinese, off-topic) before the
 * parser's source, its tuning set or the first held-out set was read. Never edit an expectation to match the parser.
 */
describeHeldOutSet('second held-out intent set', 'held-out-2.json', 80);
