#!/usr/bin/env python3
"""slowproxy.py - a TCP proxy on 127.0.0.1 that delays every chunk.

Usage: slowproxy.py PORTFILE TARGET_PORT DELAY_MS MAX_SECONDS WATCH_DIR

Listens on 127.0.0.1 on a free port chosen by the kernel, writes that
port to PORTFILE (atomically, once listening), and forwards each
connection to 127.0.0.1:TARGET_PORT.  Every chunk read in either
direction is written on DELAY_MS milliseconds after it was read, in
order (a latency, not a bandwidth limit: chunks in flight overlap).
An end of file is passed on as a half close after the same delay.

It exits by itself after MAX_SECONDS, or as soon as WATCH_DIR no longer
exists (the test's fleet is gone), whichever comes first; SIGTERM ends
it at once.  On exit it prints one line to stdout:
"connections N bytes-up U bytes-down D" (up: client to server).
"""
import asyncio
import os
import signal
import sys
import time

stats = {"connections": 0, "up": 0, "down": 0}


async def pump(reader, writer, delay, key):
    """Copy reader to writer, each chunk delay seconds late, in order."""
    q = asyncio.Queue()

    async def read_side():
        try:
            while True:
                data = await reader.read(65536)
                q.put_nowait((time.monotonic() + delay, data))
                if not data:
                    return
        except (ConnectionError, OSError):
            q.put_nowait((time.monotonic() + delay, b""))

    async def write_side():
        try:
            while True:
                due, data = await q.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                stats[key] += len(data)
                await writer.drain()
        except (ConnectionError, OSError):
            return

    await asyncio.gather(read_side(), write_side())


async def handle(creader, cwriter, target, delay):
    stats["connections"] += 1
    try:
        sreader, swriter = await asyncio.open_connection("127.0.0.1", target)
    except OSError:
        cwriter.close()
        return
    try:
        await asyncio.gather(pump(creader, swriter, delay, "up"),
                             pump(sreader, cwriter, delay, "down"))
    finally:
        for w in (swriter, cwriter):
            w.close()


async def main():
    portfile, target, delay_ms, max_s, watch = sys.argv[1:6]
    target, delay, max_s = int(target), int(delay_ms) / 1000.0, float(max_s)
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, target, delay), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(portfile + ".tmp", "w") as f:
        f.write("%d\n" % port)
    os.rename(portfile + ".tmp", portfile)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    end = time.monotonic() + max_s
    while not stop.is_set() and time.monotonic() < end and os.path.isdir(watch):
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except asyncio.TimeoutError:
            pass
    server.close()
    print("connections %d bytes-up %d bytes-down %d"
          % (stats["connections"], stats["up"], stats["down"]), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
