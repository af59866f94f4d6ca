"""Refresh docs/explorer-*.png: post articles to a running Qala, then photograph the explorer in Chromium.

Usage: python scripts/explorer_screenshots.py http://127.0.0.1:8000 ../shared/seeds/*.txt
"""

from __future__ import annotations

import argparse
import json
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

DOCS = Path(__file__).resolve().parents[1] / "docs"


def post(base: str, path: Path) -> int:
    """POST one text file (first line = title) and return the stored article's id."""
    text = path.read_text(encoding="utf-8")
    body = json.dumps({"text": text, "title": text.strip().splitlines()[0][:200], "source": path.stem}).encode()
    req = urllib.request.Request(f"{base}/v1/articles", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as res:
        return int(json.load(res)["id"])


def main() -> None:
    """Post the files, open the first article and its first quoted person, save both views."""
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    ids = [post(args.base, f) for f in args.files]
    DOCS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
        page.goto(f"{args.base}/explorer/articles/{ids[0]}")
        page.wait_for_selector(".article-text")
        page.screenshot(path=str(DOCS / "explorer-article.png"), full_page=False)
        page.locator(".claims-list .speaker a.ent-person").first.click()
        page.wait_for_selector("ul.claims-made > li")
        page.screenshot(path=str(DOCS / "explorer-entity.png"), full_page=False)
        browser.close()
    print(f"wrote {DOCS / 'explorer-article.png'} and {DOCS / 'explorer-entity.png'}")


if __name__ == "__main__":
    main()
