# Shared by the fault scripts: start/stop the app, wait for health, psql on the embedded server.
# shellcheck shell=bash
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jar="$root/target/binhyen.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package"; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# start_app DATA_DIR PORT [ARGS...]: starts the jar in the background, sets $app_pid
start_app() {
  local data=$1 port=$2; shift 2
  mkdir -p "$data"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is taken by another process"; exit 2; fi
  BINHYEN_DATA_DIR="$data" java -Xmx768m -jar "$jar" --demo --demo-size=200 --server.port="$port" "$@" \
    >>"$data/app.out" 2>&1 &
  app_pid=$!
}

# wait_up PORT [SECONDS]: until health says UP and the demo users can call the API (the demo
# province is built after the server starts); prints the seconds it took
wait_up() {
  local port=$1 limit=${2:-600} t0=$SECONDS
  until curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' \
      && curl -fs -o /dev/null -u labor:demo "localhost:$port/api/v1/enterprises?size=1"; do
    if [ -n "${app_pid:-}" ] && ! kill -0 "$app_pid" 2>/dev/null; then echo "app died"; return 1; fi
    (( SECONDS - t0 > limit )) && { echo "not UP after ${limit}s"; return 1; }
    sleep 0.5
  done
  echo $(( SECONDS - t0 ))
}

# the embedded server's port (4th line of postmaster.pid) and a psql command line for it (the password
# from the data folder's password file: the server accepts no connection without one)
embedded_psql() {
  local port
  port=$(sed -n 4p "$1/postgres/postmaster.pid")
  echo "env PGPASSFILE=$1/postgres.pgpass psql -q -h localhost -p $port -U postgres -d postgres"
}

stop_app() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  app_pid=
}
