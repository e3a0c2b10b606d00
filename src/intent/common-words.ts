/**
 * Words that are never typos of an image name, however close they come: everyday English (`traffic` is not traefik,
 * `remind` is not redmine, `phone` is not plone) and the names of protocols, tools and files that turn up in questions
 * about images (`https` is not httpd, `wget` and `curl` are tools). The English part was drawn from the common words
 * (frequency tiers 10–50 of SCOWL) that lie within typo distance of an official name; the rest guard names to come.
 */
const ENGLISH =
  'able about above after again also among another answer base based basic been best both build built came code come ' +
  'could data date dead does done down each else even ever file fine fire from full game gets give goes going good ' +
  'have here high home host hosts into issue just keep kind know last late less like line link list live load long ' +
  'look made make many mode more most much must name need next none note nope only open over part pass path pick plan ' +
  'post push read real rest ride role rule runs safe said same save scan seen self send show side size some sort such ' +
  'sure take task tell test than that them then they this time tool true turn type upon used user uses very view want ' +
  'ways well went were what when will with word work year your zone which where there these those their would should ' +
  'still cant wont dont isnt help server service store stores shell small smaller large larger lighter light maria ' +
  'mongos nodes notes moved modes codes rests posts tests clean secure security report vulnerable ' +
  'admire admired admirer admirers admires adviser aerospace ants bonier boning bonito bonitos candy carrot carrots ' +
  'cellos chefs circus cirrus citron citrons citrus cleans clears cleats clef clefs cleft clefts clerks clews cliffs ' +
  'closure closures cloture clotures conjure converting couched couches credos curios dual ducal elicit ermine errand ' +
  'errant erring fink flank flick fling flint fluency fluent fluently flunk friending gang gaze gazed gazer gazers ' +
  'gazes gland gloomy golfing gong goody gooey goofy goring gosling gravy groggy groom grooms groove grooved grooves ' +
  'grove gulag haling hang holing hying hyping liquidate mango marinade matzo mono myriad myriads nary notably notify ' +
  'noway ogling opened orient oriental oriented orients pastures pathos patron phone plane pone posters posture ' +
  'postured postures prone pylon rabbited rabbits reaming rebate recline redefine redid redoing redone reds refine ' +
  'remind ruts swill swipe swirl telegram telegrams telegraph tomato tome tomes topcoat toucan traffic vanish yodels ' +
  'yokels yours yous youths yowls anyone people please thanks thank question questions answer answers problem ' +
  'get got gets become becomes join joins enter listed be being process project proposal request discussion instructions documentation docs readme example examples support';

const TECH =
  'http https http2 http3 ssl tls ssh sftp ftp ftps smtp imap dns dhcp tcp udp quic grpc rest soap json yaml toml xml ' +
  'html css csv wget curl bash zsh fish dash ksh tcsh make cmake ninja meson bazel gradlew git svn mercurial node-gyp ' +
  'npm npx yarn pnpm pip pipx poetry conda gem bundler cargo rustup composer maven sbt lein apt apt-get dpkg yum ' +
  'dnf rpm apk pacman brew snap flatpak sudo chmod chown chroot mkdir tar gzip gunzip zip unzip bzip2 zstd openssl ' +
  'libssl gnutls certbot letsencrypt tini gosu su-exec dumb-init supervisord systemd systemctl cron crond crontab ' +
  'logrotate rsyslog syslog journald iptables nftables firewall proxy socks wireguard openvpn kubectl helm kustomize ' +
  'compose swarm podman buildah buildx buildkit kaniko skopeo containerd runc crun dockerd moby colima lima wsl wsl2 ' +
  'hyperv qemu kvm virtualbox vagrant terraform ansible puppet chef salt packer jenkins gitlab github bitbucket ' +
  'travis circleci actions argo flux webpack vite babel eslint prettier jest mocha pytest junit lint linter debugger ' +
  'strace ltrace valgrind perf htop grep sed awk less vim nano emacs vscode intellij eclipse xcode locale locales ' +
  'tzdata timezone utf8 unicode ascii latin1 libc musl glibc uclibc clang llvm linker libffi libxml2 libpq libpng ' +
  'libjpeg zlib pcre readline ncurses sqlite sqlite3 leveldb rocksdb kafka pulsar mqtt amqp stomp xmpp oauth oidc ' +
  'saml ldap kerberos token tokens cookie cookies session sessions cache caches redis-cli mysqldump pg_dump mongosh ' +
  'postmaster healthcheck entrypoint env envs args volume volumes mount mounts bind port ports expose network ' +
  'networks bridge overlay macvlan ipv4 ipv6 localhost socket sockets user users group groups nonroot rootless ' +
  'root sudoers umask selinux apparmor seccomp privileged devices cuda nvidia rocm memory swap disk disks inode inodes ' +
  'quota ulimit ulimits sysctl kernel modules module driver drivers firmware boot init initdb daemon daemons worker ' +
  'workers thread threads signal signals sigterm sigkill stdin stdout stderr pipe pipes logs logging metrics tracing ' +
  'trace traces debug release build builds stage stages layer layers manifest digest mirror mirrors upstream ' +
  'downstream fork forks patch patches diff merge rebase commit commits branch branches label labels secret secrets ' +
  'config configs template templates plugin plugins extension extensions addon addons package packages library ' +
  'libraries binary binaries script scripts terminal console prompt password passwords credential credentials ' +
  'certificate certificates cert certs keystore truststore charset collation encoding webhook webhooks cronjob ' +
  'backup backups restore snapshot snapshots replica replicas cluster clusters shard shards index indexes indices ' +
  'query queries schema schemas table tables column columns migration migrations database databases servers ' +
  'client clients agent agents gateway router routers ingress egress balancer frontend backend fullstack apis sdk ' +
  'dashboard admin panel image images docker official version versions latest stable';

/** Names of distros, releases and images that appear as themselves, never as typos of another name. */
const NAMES =
  'debian ubuntu windows linux mysql mongo redis nginx httpd python postgres alpine alpine3 trixie bookworm bullseye ' +
  'noble jammy focal buster arm64 amd64 aarch64 tags node ruby rust slim unit';

export const COMMON_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${TECH} ${NAMES}`.split(/\s+/));
