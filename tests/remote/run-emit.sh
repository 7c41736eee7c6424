#!/bin/bash
# tests/remote/run-emit.sh - every remote case again, through
# `dmake --emit-makefile` and GNU make (run.sh --emit: see run.sh).
exec bash "$(dirname "$0")/run.sh" --emit "$@"
