"""Packaging for flaskapp: `python3 setup.py sdist --formats=gztar` writes
dist/flaskapp-VERSION.tar.gz with Debian's python3-setuptools and no
network.  The version is read from flaskapp/__init__.py, its only home
(importing the package would need Flask at build time).

Install it offline into a virtualenv created with --system-site-packages,
so that Flask comes from Debian's python3-flask:

    VENV/bin/pip install --no-deps --no-index --no-build-isolation \
        dist/flaskapp-VERSION.tar.gz
"""

import os
import re

from setuptools import setup

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "flaskapp", "__init__.py"), encoding="utf-8") as f:
    version = re.search(r'^__version__ = "([^"]+)"', f.read(), re.M).group(1)

setup(
    name="flaskapp",
    version=version,
    description="The tiny Flask application of dmake's deployment example",
    packages=["flaskapp"],
    python_requires=">=3.7",
    install_requires=["Flask"],
)
