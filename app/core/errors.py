"""One error hierarchy for the whole app; a single handler maps it to problem+json."""

from __future__ import annotations

from typing import Any


class QalaError(Exception):
    """Base of every error Qala reports to a client."""

    status = 500
    title = "Internal error"
    type = "about:blank"

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors


class NotFound(QalaError):
    """The addressed resource does not exist."""

    status = 404
    title = "Not found"
    type = "/problems/not-found"


class MergedAway(QalaError):
    """The addressed entity was merged into another by a reviewer: 308 to the survivor."""

    status = 308
    title = "Merged into another entity"
    type = "/problems/merged"

    def __init__(self, old_id: int, into_id: int) -> None:
        super().__init__(f"Entity {old_id} was merged into entity {into_id}; it answers there now.")
        self.old_id = old_id
        self.into_id = into_id


class Conflict(QalaError):
    """The request clashes with the stored state (a name another entity holds, a later correction)."""

    status = 409
    title = "Conflict"
    type = "/problems/conflict"


class InvalidInput(QalaError):
    """The request is well-formed JSON but its content is unacceptable."""

    status = 422
    title = "Invalid input"
    type = "/problems/invalid-input"


class BadRequest(QalaError):
    """The request cannot be read (a bad cursor, malformed JSON)."""

    status = 400
    title = "Bad request"
    type = "/problems/bad-request"


class PayloadTooLarge(QalaError):
    """The body is over the configured limit."""

    status = 413
    title = "Payload too large"
    type = "/problems/payload-too-large"


class UnsupportedMediaType(QalaError):
    """The body is not JSON (form data, plain text): nothing is parsed or stored."""

    status = 415
    title = "Unsupported media type"
    type = "/problems/unsupported-media-type"


class Unauthorized(QalaError):
    """A required API key is missing or wrong."""

    status = 401
    title = "Unauthorized"
    type = "/problems/unauthorized"


class ServiceUnavailable(QalaError):
    """A dependency (database, models) is not reachable right now."""

    status = 503
    title = "Service unavailable"
    type = "/problems/service-unavailable"


class ModelUnavailable(ServiceUnavailable):
    """The NER models could not be loaded; analysis cannot run."""

    title = "Models unavailable"
    type = "/problems/models-unavailable"


class AnalysisFailed(QalaError):
    """The NLP pass failed on this article; nothing was stored."""

    status = 422
    title = "Analysis failed"
    type = "/problems/analysis-failed"
