# Shared by bench/run and bench/generate-data; sourced, not run.
# Expects BENCH_DIR (this folder) and REPO_DIR (the repository root) to be set.

BENCH_DATA="${BENCH_DATA:-$BENCH_DIR/data}"
APP_ROOT="$BENCH_DATA/app"
APP_LIB=""
DB_DIR="$BENCH_DATA/db"
LOG_DIR="$BENCH_DATA/logs"


say() { printf '%s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'
}

# A JDK 21 or newer: JAVA_HOME if it is one, else the usual install locations.
pick_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

use_jdk() {
    JAVA_HOME=$(pick_jdk) || die "no JDK 21+ found; set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
    export JAVA_HOME
    JAVA="$JAVA_HOME/bin/java"
}

# Builds the modules and copies the server's runtime jars into a new folder $APP_ROOT/build-*/lib, then points
# $APP_ROOT/current at it. A run uses the folder it resolved at its start, so neither a rebuild of the working
# tree nor another benchmark building meanwhile changes the classes under its server.
build_app() {
    local name="build-$(date -u +%Y%m%d-%H%M%S)-$$"
    local dir="$APP_ROOT/$name"
    say "Building (./mvnw -DskipTests package) and copying the runtime jars to $dir/lib ..."
    mkdir -p "$dir/lib"
    (cd "$REPO_DIR" && ./mvnw -q -B -DskipTests package dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$dir/lib") || die "the build failed"
    cp "$REPO_DIR"/web/target/web-*.jar "$REPO_DIR"/web/dev/target/dev-*.jar "$REPO_DIR"/bench/target/bench-*.jar "$dir/lib/" \
        || die "the server, development server or generator jar is missing after the build"
    # what was built: commit, and whether the working tree (outside bench/) differed from it
    {
        echo "built_at=$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
        echo "commit=$(cd "$REPO_DIR" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
        echo "local_changes=$(cd "$REPO_DIR" && git status --porcelain -- . ':!bench' 2>/dev/null | wc -l)"
    } >"$dir/build-info"
    ln -sfn "$name" "$APP_ROOT/current.$$"
    mv -Tf "$APP_ROOT/current.$$" "$APP_ROOT/current"
    APP_LIB="$dir/lib"
    # keep the three newest builds; older ones are at least three builds behind any run started since
    ls -1d "$APP_ROOT"/build-* 2>/dev/null | sort | head -n -3 | while read -r old; do
        [ "$old" = "$dir" ] || rm -rf "$old"
    done
}

# Sets APP_LIB to the current build, once: later builds do not affect this run.
require_app() {
    local current
    current=$(readlink -f "$APP_ROOT/current" 2>/dev/null) || current=
    [ -n "$current" ] && ls "$current"/lib/web-*.jar >/dev/null 2>&1 \
        || die "no built server in $APP_ROOT: run once without --no-build (or bench/generate-data --build)"
    APP_LIB="$current/lib"
}

# free_port FROM: the first port from FROM upwards that nothing listens on at 127.0.0.1.
free_port() {
    local p
    for p in $(seq "$1" $(($1 + 500))); do
        if port_free "$p"; then
            echo "$p"
            return 0
        fi
    done
    die "no free port from $1 to $(($1 + 500))"
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# start_server PORT LOGFILE [JVM options...]: starts the server on $DB_DIR and sets SERVER_PID.
start_server() {
    local port="$1" log="$2"
    shift 2
    port_free "$port" || die "port $port on 127.0.0.1 is in use: choose another with --port"
    mkdir -p "$(dirname "$log")"
    (cd "$REPO_DIR" && DATA_DIR="$DB_DIR" PORT="$port" exec "$JAVA" "$@" -cp "$APP_LIB/*" \
        app.skillcurrent.dev.DevServer >"$log" 2>&1) &
    SERVER_PID=$!
}

# wait_healthy PORT SECONDS: waits for GET /health to answer 200 while the server process lives.
wait_healthy() {
    local port="$1" limit="$2" waited=0
    while [ "$waited" -lt "$limit" ]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            return 1
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = "200" ]; then
            return 0
        fi
        sleep 1
        waited=$((waited + 1))
    done
    return 1
}

# Stops the server started by start_server (SIGTERM to its own PID, then waits; SIGKILL after 60 s).
stop_server() {
    [ -n "${SERVER_PID:-}" ] || return 0
    local db_pid
    db_pid=$(database_pid "$SERVER_PID") || db_pid=
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        say "Stopping the server (PID $SERVER_PID) ..."
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        local waited=0
        while kill -0 "$SERVER_PID" 2>/dev/null && [ "$waited" -lt 60 ]; do
            sleep 1
            waited=$((waited + 1))
        done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            say "The server did not stop within 60 s; sending SIGKILL to PID $SERVER_PID"
            kill -KILL "$SERVER_PID" 2>/dev/null || true
            # its database would otherwise outlive it and keep the data folder busy
            [ -n "$db_pid" ] && kill -TERM "$db_pid" 2>/dev/null || true
        fi
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# The embedded MariaDB the server started (a child of its JVM), for CPU accounting.
database_pid() {
    local pid
    for pid in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        if [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = "mariadbd" ]; then
            echo "$pid"
            return 0
        fi
    done
    return 1
}
