import { describeHeldOutSet } from '../../helpers/held-out.js';

/**
 * Held-out questions: written from real phrasings (docker-library issue titles, Q&A sites, chat) before the parser's
 * source or its tuning set was read. Never edit an expectation to match the parser's output.
 */
describeHeldOutSet('held-out intent questions', 'held-out.json', 120);
