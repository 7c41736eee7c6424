#!/usr/bin/python3
"""bench/xfer-mktree.py - the tree of small files of bench/xfer.sh.

Usage: xfer-mktree.py DIR NFILES SEED

Makes DIR (which must not exist) holding NFILES files spread over
directories of 100 files each (d000/f0000 ...), of random sizes from 0
to 8,000 bytes (so about 4,000 bytes on average: 10,000 files make
about 40 MB) and random content, all from SEED: the same arguments give
the same tree, byte for byte.  Prints the number of files and bytes.
"""
import os
import random
import sys


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    top, nfiles, seed = argv[1], int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    os.mkdir(top)
    total = 0
    for i in range(nfiles):
        d = os.path.join(top, "d%03d" % (i // 100))
        if i % 100 == 0:
            os.mkdir(d)
        n = rng.randint(0, 8000)
        with open(os.path.join(d, "f%04d" % i), "wb") as f:
            f.write(rng.randbytes(n))
        total += n
    print("%d files, %d bytes" % (nfiles, total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
