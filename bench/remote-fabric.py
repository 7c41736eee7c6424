#!/usr/bin/python3
"""bench/remote-fabric.py - the Fabric 2 side of bench/remote.sh.

Usage:
  remote-fabric.py SSH_CONFIG KNOWN_HOSTS KEY seq HOST N COMMAND
      one Connection to HOST, COMMAND run N times in a row on it
  remote-fabric.py SSH_CONFIG KNOWN_HOSTS KEY group COMMAND HOST...
      one ThreadingGroup of the HOSTs, COMMAND run once on all of them

Hosts are ssh_config aliases resolved from SSH_CONFIG only (Fabric's
runtime_ssh_path: no ~/.ssh/config, no /etc/ssh/ssh_config).  Only KEY
is offered (no agent, no ~/.ssh/id_*), host keys must be in KNOWN_HOSTS
(paramiko's RejectPolicy instead of Fabric's default AutoAddPolicy), and
output is hidden (hide=True).  Exits non-zero when a command fails.
Meant for Debian's python3-fabric through /usr/bin/python3.
"""
import sys

import paramiko
from fabric import Config, Connection, ThreadingGroup


def prepare(conn, known_hosts):
    """Check host keys against KNOWN_HOSTS only, refuse unknown ones."""
    conn.client.load_host_keys(known_hosts)
    conn.client.set_missing_host_key_policy(paramiko.RejectPolicy())


def main(argv):
    if len(argv) < 6:
        sys.stderr.write(__doc__)
        return 2
    ssh_config, known_hosts, key, mode = argv[1:5]
    config = Config(runtime_ssh_path=ssh_config)
    kwargs = {"allow_agent": False, "look_for_keys": False,
              "key_filename": [key]}
    if mode == "seq" and len(argv) == 8:
        host, n, command = argv[5], int(argv[6]), argv[7]
        conn = Connection(host, config=config, connect_kwargs=kwargs)
        prepare(conn, known_hosts)
        try:
            for _ in range(n):
                conn.run(command, hide=True, in_stream=False)
        finally:
            conn.close()
        return 0
    if mode == "group" and len(argv) >= 7:
        command, hosts = argv[5], argv[6:]
        group = ThreadingGroup(*hosts, config=config, connect_kwargs=kwargs)
        for conn in group:
            prepare(conn, known_hosts)
        try:
            group.run(command, hide=True, in_stream=False)
        finally:
            group.close()
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
