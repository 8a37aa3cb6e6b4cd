#!/usr/bin/env bash
# Runs every test of seqdb. The script tests are also checked against a real MariaDB server
# (the oracle) when one can be started here: ../shared/tools/mariadb-oracle.sh installs and
# starts it (it needs apt and root). Without it, the oracle checks are skipped, not failed.
set -euo pipefail
cd "$(dirname "$0")"
oracle_args=()
oracle_script=../shared/tools/mariadb-oracle.sh
if [ "${SEQDB_NO_ORACLE:-}" != "1" ] && [ -f "$oracle_script" ]; then
  if bash "$oracle_script"; then
    oracle_args=("-Dseqdb.oracle=jdbc:mariadb://127.0.0.1:3307/test?user=bench&password=bench")
  elif [ "${SEQDB_REQUIRE_ORACLE:-}" = "1" ]; then
    echo "test.sh: the MariaDB oracle could not be started, and SEQDB_REQUIRE_ORACLE=1" >&2
    exit 1
  else
    echo "test.sh: the MariaDB oracle could not be started; oracle checks will be skipped" >&2
  fi
fi
exec mvn -B -ntp verify "${oracle_args[@]}" "$@"
