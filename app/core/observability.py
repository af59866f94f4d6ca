"""What an operator watches: request ids in every log line, JSON logs, and Prometheus metrics.

Why here: core is the one layer every other imports, so the api stamps the request id, the services
time the ingest stages and the logs carry both, without any layer reaching upwards.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from prometheus_client import Gauge, Histogram, Info

REQUEST_ID: ContextVar[str | None] = ContextVar("qala_request_id", default=None)
_GOOD_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

INGEST_STAGE_SECONDS = Histogram(
    "qala_ingest_stage_seconds",
    "Seconds one article spends in each ingest stage (tokenise, tag, rules, store).",
    ["stage"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
BATCH_QUEUE_DEPTH = Gauge("qala_batch_queue_depth", "Batch items queued and not yet processed.")
MODEL_INFO = Info("qala_model", "The NER model that analyses articles in this process.")

# LogRecord attributes that are not extra fields passed by the caller (uvicorn adds color_message).
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None)))
_STANDARD |= {"message", "asctime", "taskName", "color_message"}


def request_id_for(incoming: str | None) -> str:
    """The caller's X-Request-ID when it is a sane token, else a fresh one."""
    if incoming and _GOOD_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request id, and any extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or REQUEST_ID.get()
        if rid:
            out["request_id"] = rid
        out.update({k: v for k, v in vars(record).items() if k not in _STANDARD and k != "request_id"})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def configure_logging(*, json_logs: bool, level: str = "INFO") -> None:
    """Route Qala's and uvicorn's logs through one handler, as JSON lines or plain text."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_logs else logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # Qala's own access line carries the request id
