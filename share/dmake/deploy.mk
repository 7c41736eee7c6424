# deploy.mk - releases, an atomic `current`, shared files, a lock and a
# revision log for dmake Deployfiles.  Installed with dmake; a Deployfile
# reads it with
#
#	include dmake/deploy.mk
#
# It is ordinary make: variables, shell snippets for @remote lines, and a
# few targets.  Use what you need, override what you like, ignore the
# rest.  Every snippet is one line of POSIX sh for one @remote line.
#
# On every host, under DEPLOY_DIR:
#
#	releases/20261126103000/   one directory per deploy, named by
#	                           DEPLOY_RELEASE (UTC time of the run)
#	current -> releases/...    the live release; switched by renaming a
#	                           new symbolic link over it, so a reader
#	                           always sees one release or the other
#	shared/                    what every release links to (logs,
#	                           uploads, configuration): DEPLOY_SHARED
#	revisions.log              one line per deploy and rollback
#	.deploy-lock/              there while a deploy or rollback runs
#
# A deploy that fails keeps its lock, so nobody deploys over a half-done
# one unawares; `dmake deploy-unlock` breaks a lock (look first: the
# error names its owner).
#
# Variables (set them before or after the include; all use '=' here):
#
#	DEPLOY_DIR       the base directory on the hosts (required, absolute)
#	DEPLOY_KEEP      the newest releases kept (5); the live one is kept
#	                 too, so one more when it is older (after a rollback)
#	DEPLOY_SHARED    paths under shared/ linked into each release
#	DEPLOY_REVISION  what is deployed, for the log (a tag, a commit)
#	DEPLOY_RELEASE   the new release's name (UTC time, fixed per run)
#
# Snippets, for "@remote HOSTS: $(deploy_lock)" and the like:
#
#	deploy_setup        make releases/ and shared/
#	deploy_lock         take the lock, or fail naming its owner
#	deploy_unlock       release it
#	deploy_new_release  make releases/$(DEPLOY_RELEASE) (which must be new)
#	deploy_link_shared  link DEPLOY_SHARED into the new release
#	deploy_switch       point current at the new release (atomic)
#	deploy_log          add the deploy to revisions.log
#	deploy_cleanup      remove old releases beyond DEPLOY_KEEP
#	deploy_rollback     point current at the release before it
#
# Targets: deploy-setup, deploy-unlock, deploy-rollback, deploy-releases
# (list the releases, marking the live one), deploy-log (the log).

# Including this file must not change the Deployfile's default goal.
deploy_saved_goal := $(.DEFAULT_GOAL)

DEPLOY_KEEP     ?= 5
DEPLOY_SHARED   ?=
DEPLOY_REVISION ?= unknown
deploy_now      := $(shell date -u +%Y%m%d%H%M%S)
DEPLOY_RELEASE  ?= $(deploy_now)
deploy_who      := $(shell id -un 2>/dev/null)@$(shell hostname 2>/dev/null)

# $(call deploy_q,TEXT): TEXT quoted for sh.
deploy_q = '$(subst ','\'',$(1))'

deploy_d   = $(call deploy_q,$(DEPLOY_DIR))
deploy_rel = $(call deploy_q,$(DEPLOY_DIR)/releases/$(DEPLOY_RELEASE))

# The release directory of this run, for @put destinations and the like.
deploy_release_dir = $(DEPLOY_DIR)/releases/$(DEPLOY_RELEASE)

deploy_check = $(if $(strip $(DEPLOY_DIR)),,$(error deploy.mk: set DEPLOY_DIR, the base directory on the hosts))$(if $(filter /%,$(DEPLOY_DIR)),,$(error deploy.mk: DEPLOY_DIR must be an absolute path, not '$(DEPLOY_DIR)'))

deploy_setup = $(deploy_check)mkdir -p $(deploy_d)/releases $(deploy_d)/shared

deploy_lock = $(deploy_check)mkdir -p $(deploy_d) && if mkdir $(deploy_d)/.deploy-lock 2>/dev/null; then printf '%s\n' $(call deploy_q,$(deploy_who) release $(DEPLOY_RELEASE) since $(shell date -u +%Y-%m-%dT%H:%M:%SZ)) >$(deploy_d)/.deploy-lock/owner; else echo "$(DEPLOY_DIR) is locked by: $$(cat $(deploy_d)/.deploy-lock/owner 2>/dev/null || echo unknown).  If no deploy is running, break the lock with: dmake deploy-unlock" >&2; exit 1; fi

deploy_unlock = $(deploy_check)rm -rf $(deploy_d)/.deploy-lock

deploy_new_release = $(deploy_check)mkdir -p $(deploy_d)/releases $(deploy_d)/shared && { mkdir $(deploy_rel) 2>/dev/null || { echo "release $(DEPLOY_RELEASE) exists already (two deploys in one second?)" >&2; false; }; }

deploy_link_shared = $(deploy_check)$(foreach f,$(DEPLOY_SHARED),mkdir -p "$$(dirname $(deploy_rel)/$(f))" && rm -rf $(deploy_rel)/$(f) && ln -s $(deploy_d)/shared/$(f) $(deploy_rel)/$(f) && ):

deploy_switch = $(deploy_check)ln -sfn releases/$(DEPLOY_RELEASE) $(deploy_d)/.current.new && mv -T $(deploy_d)/.current.new $(deploy_d)/current

deploy_log = $(deploy_check)printf '%s deploy %s %s %s\n' "$$(date -u +%Y-%m-%dT%H:%M:%SZ)" $(DEPLOY_RELEASE) $(call deploy_q,$(DEPLOY_REVISION)) $(call deploy_q,$(deploy_who)) >>$(deploy_d)/revisions.log

deploy_cleanup = $(deploy_check)cd $(deploy_d)/releases && cur=$$(basename "$$(readlink ../current)") && ls -1 | sort -r | awk -v keep=$(DEPLOY_KEEP) -v cur="$$cur" 'NR > keep && $$0 != cur' | while read -r r; do rm -rf -- "$$r"; done

deploy_rollback = $(deploy_check)cd $(deploy_d)/releases && cur=$$(basename "$$(readlink ../current)") && prev=$$(ls -1 | sort | awk -v c="$$cur" '$$0 == c { print p; exit } { p = $$0 }') && { [ -n "$$prev" ] || { echo "no release before $${cur:-current} to roll back to" >&2; false; }; } && ln -sfn releases/$$prev ../.current.new && mv -T ../.current.new ../current && printf '%s rollback %s from %s %s\n' "$$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$$prev" "$$cur" $(call deploy_q,$(deploy_who)) >>../revisions.log && echo "rolled back from $$cur to $$prev"

## Make the directories a deploy needs
deploy-setup:
	@remote: $(deploy_setup)

## Break a deploy lock left by a deploy that failed or was killed
deploy-unlock:
	@remote: $(deploy_unlock)

## Point current at the release before it
deploy-rollback:
	@remote: $(deploy_lock) && { $(deploy_rollback); s=$$?; $(deploy_unlock); exit $$s; }

## List the releases on each host; * marks the live one
deploy-releases:
	@@remote: $(deploy_check)cd $(deploy_d)/releases 2>/dev/null || { echo "(no releases yet)"; exit 0; }; cur=$$(basename "$$(readlink ../current)") && for r in $$(ls -1 | sort); do if [ "$$r" = "$$cur" ]; then echo "* $$r"; else echo "  $$r"; fi; done

## Show the revision log of each host
deploy-log:
	@@remote: $(deploy_check)cat $(deploy_d)/revisions.log 2>/dev/null || echo "(no deploys yet)"

.PHONY: deploy-setup deploy-unlock deploy-rollback deploy-releases deploy-log

.DEFAULT_GOAL := $(deploy_saved_goal)
