/**
 * Issue trackers of the software inside well-known images; the catalog names only each image's packaging tracker.
 * Others are answered with "the upstream project" and the packaging tracker as the place to ask.
 */
export const UPSTREAM_TRACKERS: Readonly<Record<string, string>> = {
  python: 'https://github.com/python/cpython/issues',
  node: 'https://github.com/nodejs/node/issues',
  golang: 'https://github.com/golang/go/issues',
  php: 'https://github.com/php/php-src/issues',
  ruby: 'https://bugs.ruby-lang.org/projects/ruby-master/issues',
  rust: 'https://github.com/rust-lang/rust/issues',
  redis: 'https://github.com/redis/redis/issues',
  nginx: 'https://github.com/nginx/nginx/issues',
  postgres: 'https://www.postgresql.org/account/submitbug/',
  mysql: 'https://bugs.mysql.com/',
  mariadb: 'https://jira.mariadb.org/',
  mongo: 'https://jira.mongodb.org/',
  httpd: 'https://bz.apache.org/bugzilla/',
  traefik: 'https://github.com/traefik/traefik/issues',
  caddy: 'https://github.com/caddyserver/caddy/issues',
  haproxy: 'https://github.com/haproxy/haproxy/issues',
  rabbitmq: 'https://github.com/rabbitmq/rabbitmq-server/issues',
  elasticsearch: 'https://github.com/elastic/elasticsearch/issues',
  wordpress: 'https://core.trac.wordpress.org/',
  gradle: 'https://github.com/gradle/gradle/issues',
  maven: 'https://github.com/apache/maven/issues',
  julia: 'https://github.com/JuliaLang/julia/issues',
  erlang: 'https://github.com/erlang/otp/issues',
  elixir: 'https://github.com/elixir-lang/elixir/issues',
  ghost: 'https://github.com/TryGhost/Ghost/issues',
  memcached: 'https://github.com/memcached/memcached/issues',
};
