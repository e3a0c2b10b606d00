import { describeHeldOutSet } from '../../helpers/held-out.js';

/**
 * A third, independent held-out set: 100 questions written from sources not over-used before (issue titles from
 * docker-library/haproxy, memcached, busybox, docker, cassandra, pypy, buildpack-deps, MariaDB/mariadb-docker,
 * TryGhost, redis/docker-library-redis, nginx/docker-nginx, solr, official-images; Q&A and blog pages on base-image
 * choice, CVEs and size; chat phrasings, pasted Dockerfiles, Chinese, off-topic) before the parser's source, its
 * tuning set or the earlier held-out sets were read. Never edit an expectation to match the parser.
 */
describeHeldOutSet('third held-out intent set', 'held-out-3.json', 100);
