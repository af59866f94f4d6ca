"""The explorer: a no-build, static reference client of the public JSON API, served by the same app."""
