^rm -rf @SANDBOX@/build/HEAD && mkdir -p @SANDBOX@/build/HEAD$
git -C "\$top" archive --format=tar HEAD:"\$pfx"flask-app
^cd @SANDBOX@/build/HEAD && python3 setup.py -q sdist --formats=gztar$
