"""The ASGI entry point for uvicorn and gunicorn: `uvicorn app.asgi:app`."""

from app.core.observability import configure_logging
from app.core.settings import get_settings
from app.main import create_app

configure_logging(json_logs=get_settings().log_format == "json", level=get_settings().log_level)
app = create_app()
