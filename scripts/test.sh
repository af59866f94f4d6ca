#!/usr/bin/env bash
# The test command: lint, types, layering, migrations in sync with the models, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
ruff check .
ruff format --check .
mypy
lint-imports
tmp=$(mktemp -d)
QALA_DATABASE_URL="sqlite:///$tmp/check.db" alembic upgrade head >/dev/null
QALA_DATABASE_URL="sqlite:///$tmp/check.db" alembic check
rm -rf "$tmp"
python -m pytest "$@"
