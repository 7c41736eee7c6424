#!/usr/bin/python3
"""bench/xfer-fabric.py - the Fabric 2 side of bench/xfer.sh.

Usage:
  xfer-fabric.py SSH_CONFIG KNOWN_HOSTS KEY put HOST LOCAL REMOTE
      one Connection to HOST, Connection.put(LOCAL, REMOTE)
  xfer-fabric.py SSH_CONFIG KNOWN_HOSTS KEY get HOST REMOTE LOCAL
      one Connection to HOST, Connection.get(REMOTE, LOCAL)

HOST is an ssh_config alias resolved from SSH_CONFIG only (Fabric's
runtime_ssh_path: no ~/.ssh/config, no /etc/ssh/ssh_config).  Only KEY
is offered (no agent, no ~/.ssh/id_*), host keys must be in KNOWN_HOSTS
(paramiko's RejectPolicy instead of Fabric's default AutoAddPolicy).
Fabric's put and get use paramiko's SFTP client and keep the file's
mode (preserve_mode=True, the default), not its time.  Exits non-zero
when the transfer fails.  Meant for Debian's python3-fabric through
/usr/bin/python3.
"""
import sys

import paramiko
from fabric import Config, Connection


def main(argv):
    if len(argv) != 8 or argv[4] not in ("put", "get"):
        sys.stderr.write(__doc__)
        return 2
    ssh_config, known_hosts, key, mode, host, src, dest = argv[1:8]
    config = Config(runtime_ssh_path=ssh_config)
    kwargs = {"allow_agent": False, "look_for_keys": False,
              "key_filename": [key]}
    conn = Connection(host, config=config, connect_kwargs=kwargs)
    conn.client.load_host_keys(known_hosts)
    conn.client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        if mode == "put":
            conn.put(src, remote=dest)
        else:
            conn.get(src, local=dest)
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
