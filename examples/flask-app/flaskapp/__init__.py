"""flaskapp - the tiny Flask application that examples/Deployfile deploys.

Served by gunicorn as ``flaskapp:app``.  The version below is the only
place it is written: setup.py reads it from here (so the sdist is
dist/flaskapp-VERSION.tar.gz) and the application serves it.

    GET /          a one-line HTML page that shows the version
    GET /version   the version alone, as plain text ("0.1.0\\n")
"""

from flask import Flask, Response

__version__ = "0.1.0"

app = Flask(__name__)


@app.get("/version")
def version():
    return Response(__version__ + "\n", mimetype="text/plain")


@app.get("/")
def index():
    return (
        "<!doctype html><title>flaskapp</title>"
        f"<p>Hello from flaskapp {__version__}, deployed by dmake.</p>\n"
    )
