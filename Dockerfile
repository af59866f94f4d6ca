# Qala: one image for both roles, the HTTP API (default) and, with another command, a worker.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    QALA_DATABASE_URL=sqlite:////data/qala.db

RUN useradd --create-home --uid 10001 qala && mkdir /data && chown qala /data
WORKDIR /app

# CPU-only torch first (a plain `torch` would pull several GB of CUDA libraries).
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
# The trained models and the migrations are baked into the image; the app runs from /app
# (an editable install), where it finds models/ and alembic.ini.
COPY pyproject.toml README.md alembic.ini ./
COPY models ./models
COPY migrations ./migrations
COPY app ./app
RUN pip install -e .

USER qala
EXPOSE 8000
VOLUME ["/data"]
# Either role: the API's /healthz, or (in a worker container) a ping to this host's Celery worker.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["qala", "healthcheck"]
CMD ["qala", "serve", "--host", "0.0.0.0", "--port", "8000"]
