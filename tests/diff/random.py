#!/usr/bin/env python3
"""tests/diff/random.py - differential random testing: GNU make 4.3 and
dmake on small random makefiles (assignments of every kind, define,
conditionals, every function with awkward arguments, substitution
references, rules of every kind with their automatic variables, special
targets, $(eval)), each run in a fresh directory as tests/diff/run.sh runs a
case, and compared: exit status, stdout, stderr, the files left.

A tool for finding differences, not a test: it is not part of `make
check`.  Each differing makefile is written to OUT/SEED.mk with both
results in OUT/SEED.txt; reduce it by hand to a case for tests/diff/cases.
Expected noise, not reported as bugs: a makefile whose variable refers to
itself for ever (GNU make loops until the timeout, dmake stops with
"expansion nested too deeply", doc/COMPATIBILITY.md), orders that come from
GNU make's hash tables (which exported variable expands first, "rm" of
intermediate files: the words of "rm" lines are sorted here), a shell's
$$ (a process id), and file names made of "$(" text.  A makefile
remade for ever (GNU make restarts until the timeout, dmake gives up after
100) is skipped.

Usage: tests/diff/random.py [--build|--jobs|--db] [DMAKE] [COUNT] [FIRST-SEED] [OUT]
  (half the plain seeds come from a second generator: target- and
  pattern-specific variables down a tree of targets, export and
  unexport seen through recipes' environments, command-line variables
  of every form, -e, $(origin), $(flavor), MAKEFLAGS, a sub-make,
  --eval, suffix rules over real files, second expansion, define and
  undefine, $(eval) in recipes, MAKEFLAGS set in the makefile; and
  from a third, one in seven: makefiles with bad lines among good ones,
  for the messages, their lines and the exit status; from a fourth, one
  in ten: the file system functions ($(wildcard), $(realpath),
  $(file), ...) over a small tree with a symbolic link)
  --build  random projects for the remaking engine instead: sources and
         headers with set times, pattern rules that chain, vpath, an
         -include'd makefile a rule makes, '::', order-only, failing
         recipes, run with -n -q -t -k -B -W -o -i or --debug; the files'
         contents and times are compared too.  Some also get a recursive
         make in sub/, a grouped target, second expansion,
         target-specific variables, .ONESHELL or .NOTPARALLEL; and
         $(shell) in prerequisites, an include found by -I,
         .DEFAULT_GOAL, MAKEFLAGS set in the makefile, .EXTRA_PREREQS,
         dependency files (-include $(OBJS:.o=.d)), nested includes, a
         Makefile remade from a template, continued recipe lines,
         canned recipes, SHELL, .SHELLFLAGS and .RECIPEPREFIX
  --jobs  the --build projects under -j (2-4): recipes fail only with -k
         (without it, what else has started when one fails is a race);
         stdout and stderr are compared as sets of lines, "Waiting for
         unfinished jobs" dropped; status and files as they are.  Noise
         here: two commands' messages written at once into one line
         ("mv: cannot stat" split), and GNU make's own races (which of
         two makefile jobs it reaps first decides whether an include's
         "No such file or directory" is said)
  --db   the plain makefiles under -pq: the database's variables
         (each "# ORIGIN" comment with its assignment, a set, without
         those that differ by design, doc/COMPATIBILITY.md) and its
         pattern-specific variables (as printed) are compared instead
         of stdout
  DMAKE  the dmake to test (default build/src/dmake)
  COUNT  makefiles to try (default 200); FIRST-SEED (default 1)
  OUT    where differences go (default $TMPDIR/dmake-random)
Prints "ran N, M differ"; a seed always gives the same makefile.
"""
import os, random, re, shutil, subprocess, sys, tempfile

GMAKE = '/usr/bin/make'
BUILD = len(sys.argv) > 1 and sys.argv[1] in ('--build', '--jobs')
JOBS = BUILD and sys.argv[1] == '--jobs'
DB = len(sys.argv) > 1 and sys.argv[1] == '--db'
if BUILD or DB:
    del sys.argv[1]
DMAKE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'build/src/dmake')
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
SEED0 = int(sys.argv[3]) if len(sys.argv) > 3 else 1
OUT = (sys.argv[4] if len(sys.argv) > 4 else
       os.path.join(os.environ.get('TMPDIR', '/tmp'), 'dmake-random'))
os.makedirs(OUT, exist_ok=True)

WORDS = ['a', 'b', 'a.c', 'b.o', 'x/y.c', 'd/', '%', '%.c', '.c', 'a b', ' ', '',
         '  c  ', 'foo.bar.baz', '/abs/p', '..', '.', 'x,y', '$$', '$$x', '(', ')',
         '0', '1', '2', '01', '-1', '3 ', ' 2', 'a\tb', '*.mk', 'z*', '[ab]',
         '$(V1)', '$(V2)', '${V3}', '$(EMPTY)', '$(SP)', '$(COMMA)', 'a%b', '\\%']
VARS = ['V1', 'V2', 'V3', 'V4', 'EMPTY', 'SP', 'L']
FUNCS1 = ['strip', 'sort', 'words', 'firstword', 'lastword', 'dir', 'notdir',
          'suffix', 'basename', 'abspath', 'realpath', 'value', 'origin',
          'flavor', 'wildcard']
FUNCS2 = ['findstring', 'filter', 'filter-out', 'addsuffix', 'addprefix', 'join',
          'word', 'if', 'or', 'and']
FUNCS3 = ['subst', 'patsubst', 'wordlist', 'if', 'foreach', 'call']


def word(r, d=0):
    if d < 3 and r.random() < 0.35:
        return expr(r, d + 1)
    return r.choice(WORDS)


def text(r, d=0):
    n = r.randint(0, 3)
    return r.choice([' ', '', '  ']).join(word(r, d) for _ in range(n))


def expr(r, d=0):
    k = r.random()
    if k < 0.25:
        v = r.choice(VARS)
        if r.random() < 0.3:
            return '$(%s:%s=%s)' % (v, r.choice(['.c', '%.c', 'a', '%', '']),
                                    r.choice(['.o', '%.o', 'b', '%', '']))
        return r.choice(['$(%s)', '${%s}', '$(value %s)']) % v
    if k < 0.5:
        return '$(%s %s)' % (r.choice(FUNCS1), text(r, d))
    if k < 0.8:
        return '$(%s %s,%s)' % (r.choice(FUNCS2), text(r, d), text(r, d))
    f = r.choice(FUNCS3)
    if f == 'foreach':
        return '$(foreach i,%s,%s$(i)%s)' % (text(r, d), word(r, d), word(r, d))
    if f == 'call':
        return '$(call F%d,%s,%s)' % (r.randint(1, 2), text(r, d), text(r, d))
    return '$(%s %s,%s,%s)' % (f, text(r, d), text(r, d), text(r, d))


def assign(r):
    v = r.choice(VARS[:4] + ['F1', 'F2', 'X$(V1)'])
    op = r.choice(['=', ':=', '::=', '+=', '?=', '!=' if r.random() < 0.1 else '='])
    pre = r.choice(['', '', '', 'override ', 'export ', 'private '])
    rhs = text(r) if op != '!=' else 'echo %s' % r.choice(['hi', 'a b', '"x  y"'])
    return '%s%s %s %s' % (pre, v, op, rhs)


def cond(r, body):
    k = r.choice(['ifeq', 'ifneq', 'ifdef', 'ifndef'])
    if k in ('ifdef', 'ifndef'):
        head = '%s %s' % (k, r.choice(VARS + ['$(V1)', 'NOPE']))
    else:
        a, b = text(r), text(r)
        head = r.choice(['%s (%s,%s)', "%s '%s' '%s'", '%s "%s" "%s"']) % (k, a, b)
    out = [head] + body
    if r.random() < 0.5:
        out += ['else'] + [assign(r)]
    out.append('endif')
    return out


def rule(r, i):
    t = r.choice(['t%d' % i, 't%d.o' % i, '%%.o%d' % i, 't%d t%d.x' % (i, i)])
    deps = ' '.join(r.choice(['d1', 'd2.c', 'd3', '$(V1)', 'x.c', 't%d' % (i + 1)])
                    for _ in range(r.randint(0, 3)))
    if r.random() < 0.2:
        deps += ' | ' + r.choice(['d1', 'oo'])
    sep = r.choice([':', ':', '::', '&:']) if ' ' in t else r.choice([':', '::'])
    lines = ['%s%s %s' % (t, sep, deps)]
    for _ in range(r.randint(1, 2)):
        lines.append('\t%secho %s' % (r.choice(['@', '@', '-@', '']),
                     r.choice(['"[$@] [$<] [$^] [$+] [$?] [$|] [$*]"',
                               '"[$(@D)] [$(@F)] [$(<D)] [$(*F)]"',
                               "'%s'" % expr(r).replace("'", ''), '$(V2)'])))
    return lines


def gen(seed):
    r = random.Random(seed)
    L = ['EMPTY :=', 'SP := $(EMPTY) $(EMPTY)', 'COMMA := ,',
         'F1 = [$(1)|$(2)|$(0)]', 'F2 = $(subst $(SP),-,$(1))$(2)']
    for i in range(r.randint(3, 8)):
        k = r.random()
        if k < 0.45:
            L.append(assign(r))
        elif k < 0.6:
            L += cond(r, [assign(r)])
        elif k < 0.75:
            L.append('$(info %s)' % text(r))
        elif k < 0.78:
            L.append('.SECONDEXPANSION:')
        elif k < 0.82:
            L += ['define %s%s' % (r.choice(VARS[:4]), r.choice(['', ' =', ' :=', ' +=', ' ?='])),
                  text(r), text(r), 'endef']
        elif k < 0.85:
            L.append('$(eval %s)' % r.choice([assign(r), 'e%d: ; @echo e%d $$@' % (i, i),
                                                '$$(info %s)' % text(r)]))
        elif k < 0.88:
            L.append('%s: %s' % (r.choice(['all', 't1', '%.o', 't%']), assign(r)))
        elif k < 0.90:
            L.append('s%d.o s%d.x: %%.o: %%.c %s' % (i, i, r.choice(['', '$$(V1)', '$$*.h', '| oo'])))
            L.append('\t@echo "[$@] [$<] [$^] [$*] [$(V1)]"')
        elif k < 0.92:
            L.append('vpath %s %s' % (r.choice(['%.c', '%', '']), r.choice(['d', 'x:y', ''])))
        elif k < 0.94:
            L.append(r.choice(['.PHONY: t1 all', '.SUFFIXES:', '.SUFFIXES: .q .c',
                               '.SECONDARY:', '.NOTPARALLEL:', '.EXPORT_ALL_VARIABLES:',
                               '.DELETE_ON_ERROR:', '.ONESHELL:', '.POSIX:', '.IGNORE: t1',
                               '.SILENT: all', '.DEFAULT: ; @echo default $@',
                               '.EXTRA_PREREQS := d1', 'unexport V2', 'undefine V1',
                               'override undefine V2', '$(V1): $(V2)']))
        else:
            L += rule(r, i)
    L += ['all: ; @echo "[$(V1)] [$(V2)] [$(V3)] [$(V4)]"',
          'd1 d3 x.c oo: ; @echo make $@', '%.c: ; @echo pat $@']
    if r.random() < 0.5:
        L.insert(r.randint(0, len(L)), '.DEFAULT_GOAL := all')
    return '\n'.join(L) + '\n'

# ---- a second plain generator: variables as projects use them ----
# Target- and pattern-specific variables down a tree of prerequisites
# (inheritance, private, +=, override), export and unexport seen by
# recipes (printenv), command-line variables of every form against the
# makefile's, -e and the environment (HOME), $(origin) and $(flavor),
# MAKEFLAGS and MAKEOVERRIDES, a sub-make, --eval, suffix rules over
# real files, second expansion of every automatic variable.
WV = ['A', 'B', 'C', 'HOME']


def wvalue(r):
    return r.choice(['a', 'b c', '$(B)', '$(A) x', '$@', '$(HOME)', '', '$$q', '$(origin A)'])


def wassign(r, names=WV):
    return '%s%s %s %s' % (r.choice(['', '', '', 'override ', 'export ', 'private ', 'unexport ']),
                           r.choice(names), r.choice(['=', ':=', '+=', '?=', '::=']), wvalue(r))


def wshow(r):
    v = r.choice(WV + ['MAKEFLAGS', 'MAKEOVERRIDES', 'MAKELEVEL'])
    return r.choice(['[%s=$(%s)]' % (v, v), '[$(origin %s)]' % v, '[$(flavor %s)]' % v,
                     '[env %s=$$%s]' % (v, v) if v in WV else '[%s]' % v])


def gen_vars(seed):
    r = random.Random(seed)
    L, files = [], []
    for _ in range(r.randint(1, 4)):
        L.append(wassign(r))
    tree = ['all', 'p1', 'p2', 'p1.o', 'p2.o', 'q']
    L.append('all: p1 p2')
    L.append('p1: p1.o %s' % r.choice(['', 'q', 'p2']))
    L.append('p2: p2.o %s' % r.choice(['', 'q']))
    for _ in range(r.randint(1, 5)):
        t = r.choice(tree + ['%.o', 'p%', '%1', '%'])
        L.append('%s: %s' % (t, wassign(r)))
    for t in tree:
        if r.random() < 0.85:
            L.append('%s:%s ; @echo "%s %s"' % (t, '' if t != 'q' else ' %s' % r.choice(['', 'p1.o']),
                                                t, ' '.join(wshow(r) for _ in range(r.randint(1, 3)))))
    if r.random() < 0.3:
        L.append(r.choice(['.EXPORT_ALL_VARIABLES:', 'export', 'unexport', 'export A B',
                           'unexport HOME', 'export HOME']))
    if r.random() < 0.25:
        L += ['sub: ; @$(MAKE) -f sub.mk %s' % r.choice(['', 'A=sub', 'B+=sub', '-e', 'A=$(A)']),
              'all: sub']
        files.append(('sub.mk', 'x: ; @echo "sub [A=$(A)] [$(origin A)] [B=$(B)] [$(origin B)] '
                      '[$(origin HOME)] [$(MAKEFLAGS)] [$(MAKEOVERRIDES)]"\n', 0))
    if r.random() < 0.25:
        L += ['.SECONDEXPANSION:',
              'p2: $$(%s)' % r.choice(['A', 'B', '@D', '*', 'patsubst %,%.o,$$@', 'firstword $$^',
                                       '<', '+', '|', 'addsuffix .o,$$@'])]
    if r.random() < 0.25:
        sfx = r.sample(['.a', '.b', '.c', '.o'], 3)
        L += ['.SUFFIXES:' if r.random() < 0.5 else '', '.SUFFIXES: %s' % ' '.join(sfx),
              '%s%s: ; @echo "suffix $@ from $< [$*]"' % (sfx[0], sfx[1]),
              '%s: ; @echo "single $@ from $<"' % sfx[2],
              'all: s1%s s2' % sfx[1]]
        files += [('s1' + sfx[0], 'x\n', 0), ('s2' + sfx[2], 'x\n', 0)]
    # more, from a generator of its own (a seed's makefile above stays
    # what it was): define and undefine, $(eval) in a recipe,
    # automatic variables in target variables, MAKEFLAGS set in the
    # makefile, .VARIABLES, $(value) and $(call) of target variables
    v = random.Random(seed * 89 + 13)
    if v.random() < 0.25:
        L.insert(v.randint(0, len(L)), '%sdefine %s %s\n%s\n%s\nendef' % (
            v.choice(['', 'override ', 'export ']), v.choice(WV),
            v.choice(['', '=', ':=', '+=', '?=']), wvalue(v), wvalue(v)))
    if v.random() < 0.2:
        L.insert(v.randint(0, len(L)), '%sundefine %s' % (v.choice(['', 'override ']), v.choice(WV)))
    if v.random() < 0.2:
        L.append('%s: ; $(eval %s) @echo "$@ [$(A)] [$(B)] [$(origin A)]"' % (
            v.choice(['p1.o', 'p2.o', 'q']), v.choice(['A += ev', 'B := $$@', 'A = $(B) x', 'C ?= c'])))
    if v.random() < 0.2:
        L.append('%s: %s = [$@] [$<] [$^] [$*]' % (v.choice(['p1', 'p1.o', '%.o', 'p%']), v.choice(['A', 'B'])))
    if v.random() < 0.15:
        L.insert(v.randint(0, len(L)), 'MAKEFLAGS += %s' % v.choice(['-e', 'A=mf', 'B+=mf', '-r', '--eval=C=ev']))
    if v.random() < 0.15:
        L.append('$(info vars [$(sort $(filter A B C,$(.VARIABLES)))] [$(value A)] [$(call A,x)])')
    args = []
    for _ in range(r.randint(0, 3)):
        args.append(r.choice(['A=cmd', 'B+=cmd', 'C:=c$(A)', 'override A=o', 'HOME=h', 'A=',
                              '-e', '--eval=A += ev', '--eval=p1: B = evb', '-r', 'C::=cc']))
    args.append(r.choice(['all', 'p1', 'p2', 'q', 'p1.o']))
    return '\n'.join(L) + '\n', files, args


# ---- a third plain generator: makefiles with something wrong ----
# Lines GNU make complains about (missing separators, unterminated
# references and defines, stray else/endif, bad conditionals, mixed and
# multiple target patterns, bad function arguments, recipes before the
# first target, missing includes) among good lines: the messages, their
# file and line, and the exit status must agree.
BAD = ['x', 'foo bar', '$(', '${X', 'A = $(', 'define D', 'endef', 'else', 'endif',
       'ifeq (a,b', 'ifeq a b', 'ifdef', 'ifneq (a,b) x', 'else junk', 'endif junk',
       '\techo recipe', 'a b: c: d', 'a%: %b: %c', '%.o x: y', 'p%: q%: r', '%: %: %',
       'a: b | | c', '$(word 0,a b)', '$(wordlist x,2,a b)', '$(word -1,a)',
       '$(error bad $(X))', '$(warning warn $(X))', 'include nothere.mk',
       '-include nothere.mk', 'override', 'export', 'unexport', 'undefine',
       'override define', '= value', ':= v', 'vpath', 'vpath %', '.RECIPEPREFIX := ',
       'a: ; @echo a', 'X = ok', 'b:: c', 'b: d', '$(foreach)', '$(if)', '$(call)',
       '$(subst a)', '$(patsubst a,b)', 'a: b ;', 'define E =\nx\nendef junk',
       'ifeq ($(X),ok)\nY = 1\nelse ifeq (a,b)\nendif', '$(info $(X)', 'X := $(shell',
       'a & b: c', 'c &: d', 'all: $(', 'all:: ; @echo two', 'export X Y = 1',
       '.PHONY', '.SUFFIXES: .c .o\n.c.o: x.h', '$(eval $$()', '$(eval x)']


def gen_bad(seed):
    r = random.Random(seed)
    L = ['X = ok', 'all: ; @echo all $(X)']
    for _ in range(r.randint(1, 4)):
        L.insert(r.randint(0, len(L)), r.choice(BAD))
    if r.random() < 0.3:
        L.insert(0, r.choice(['a: ; @echo first', '.DEFAULT_GOAL := all', '.POSIX:']))
    files = []
    if r.random() < 0.2:
        L.insert(r.randint(0, len(L)), 'include inc.mk')
        files.append(('inc.mk', r.choice(BAD) + '\nI = 1\n', 0))
    args = r.choice([[], [], ['-k'], ['-n'], ['all', 'a'], ['-i'], ['--warn-undefined-variables']])
    return '\n'.join(L) + '\n', files, args


# ---- a fourth plain generator: the file system functions ----
# $(wildcard) with every kind of pattern over a small tree (hidden
# files, directories, a symbolic link, names with odd characters),
# $(realpath), $(abspath), $(dir), $(notdir), $(file) reading, writing
# and appending, and the files left after.
FPAT = ['*', '*.c', 'a/*', 'a/*.c', '*/*.h', '?.c', '[ab]*', '.*', 'a/.h*', '*/', 'a/../*.c',
        './*.c', 'l/*', 'nothere/*', '*.[ch]', 'a/b/*', '**/*.c', 'x\\*y', 'a b*', '~/x', '',
        'a/./b/', '/tmp/../tmp', 'l', 'l/', 'a/../a/z.c', '$(CURDIR)/a/*']
FFUN = ['wildcard', 'realpath', 'abspath', 'dir', 'notdir', 'basename', 'suffix', 'sort']


def gen_files(seed):
    r = random.Random(seed)
    files = [('x.c', 'x\n', 0), ('y.h', 'y\n', 1), ('a/z.c', 'z\n', 2), ('a/b/w.c', 'w\n', 3),
             ('a/.hid', 'h\n', 0), ('.dot', 'd\n', 0), ('a b.c', 's\n', 0)]
    # (the link is there before make starts: GNU make's cache of a
    # directory would not see one a $(shell) makes, a known difference)
    if r.random() < 0.5:
        files.append(('l', 'symlink:a', 0))
    L = []
    for _ in range(r.randint(2, 6)):
        k = r.random()
        if k < 0.55:
            f = r.choice(FFUN)
            args = ' '.join(r.choice(FPAT) for _ in range(r.randint(1, 3)))
            L.append('$(info %s [$(%s %s)])' % (f, f, args))
        elif k < 0.75:
            L.append('$(file %s%s%s)' % (r.choice(['>', '>>', '<', '> ', '>>  ']),
                                         r.choice(['out.txt', 'a/out', 'nothere/x', 'x.c', '']),
                                         r.choice(['', ',text', ',two\nlines', ',', ',$(X)'])))
        elif k < 0.85:
            L.append('$(info read [$(file <%s)])' % r.choice(['out.txt', 'x.c', 'nothere', 'a']))
        else:
            L.append('X := $(%s %s)' % (r.choice(FFUN), r.choice(FPAT)))
    L.append('all: $(wildcard %s) ; @echo "[$^] [$(X)]"' % r.choice(['*.c', 'a/*.c', '*.h', 'l/*']))
    args = r.choice([[], [], ['-n'], ['-B']])
    return '\n'.join(L) + '\n', files, args


# ---- --build: the remaking engine ----
# A small project: sources and headers with set times (some missing, some
# newer than what is made of them), pattern rules that chain through
# intermediate files, vpath, an -include'd makefile that a rule makes,
# '::' and order-only prerequisites, recipes that fail; run with the
# options that change how files are remade (-n -q -t -k -B -W -o -i
# --debug), the files' contents and times compared after.
BSRC = ['a.c', 'b.c', 'c.y', 'd.z', 'x.h', 'y.h', 'src/e.c', 'src/f.y', 'old.o']


def brecipe(r, what='touch $@', fail=True):
    k = r.random()
    if not fail:
        k = 0.14 + k * 0.86
    pre = r.choice(['@', '@', '', '-@'])
    if k < 0.08:
        return ['\t%sexit 1' % pre]
    if k < 0.14:
        return ['\t%secho half > $@; exit 1' % pre]
    if k < 0.2:
        return ['\t%s:' % pre]      # makes nothing
    echo = r.choice(['"[$@] [$<] [$?] [$^] [$*] [$|]"', '$@ from $?', '"$(@F) $(*D)"'])
    return ['\t%secho %s' % (pre, echo), '\t@%s' % what]


def gen_build(seed):
    r = random.Random(seed)
    fail = not JOBS or r.random() < 0.5    # under -j: only with -k
    L = []
    objs = r.sample(['a.o', 'b.o', 'c.o', 'd.o', 'e.o', 'f.o', 'g.o'], r.randint(2, 5))
    L.append('OBJS = %s' % ' '.join(objs))
    L.append('all: prog%s' % r.choice(['', ' doc', ' | stamp', ' extra']))
    L += ['prog: $(OBJS)%s' % r.choice(['', ' lib.a', ' $(wildcard *.h)'])] + brecipe(r, 'cat /dev/null $^ > $@', fail)
    if r.random() < 0.6:
        L += ['%.o: %.c' + r.choice(['', ' x.h', ' | stamp', ' y.h'])] + brecipe(r, fail=fail)
    if r.random() < 0.5:
        L += ['%.c: %.y'] + brecipe(r, 'echo c > $@', fail)
    if r.random() < 0.4:
        L += ['%.y: %.z'] + brecipe(r, 'echo y > $@', fail)
    if r.random() < 0.3:
        L += ['%.o: %.z'] + brecipe(r, fail=fail)
    if r.random() < 0.3:
        o = r.choice(objs)
        L += ['%s: %s' % (o, r.choice(['x.h', 'y.h x.h', 'FORCE', 'nothere.h']))]
        if r.random() < 0.5:
            L += brecipe(r, fail=fail)
    if r.random() < 0.3:
        L += ['%s: %%.o: %%.c %s' % (' '.join(r.sample(objs, 1)), r.choice(['', 'y.h', '| stamp']))] + brecipe(r, fail=fail)
    if r.random() < 0.4:
        L += ['stamp:'] + brecipe(r, 'touch $@', fail)
    if r.random() < 0.4:
        L += ['doc::' + r.choice(['', ' x.h', ' a.c'])] + brecipe(r, fail=fail)
        L += ['doc::' + r.choice(['', ' y.h'])] + brecipe(r, fail=fail)
    if r.random() < 0.3:
        L += ['lib.a: %s' % ' '.join(r.sample(objs, min(2, len(objs))))] + brecipe(r, 'cat /dev/null $? >> $@', fail)
    if r.random() < 0.3:
        L += ['extra: ; @echo extra $^', 'FORCE:']
    if r.random() < 0.35:
        L += ['-include gen.mk' if r.random() < 0.8 else 'include gen.mk',
              'gen.mk: %s' % r.choice(['', 'x.h', 'a.c', 'y.h'])]
        L += [r.choice(['\t@echo "G = 1" > $@', '\t@echo making $@; echo "OBJS += g.o" > $@',
                        '\t@exit 1', '\t@:'])]
        L.append('$(info G=$(G) restarts=$(MAKE_RESTARTS))')
    if r.random() < 0.4:
        L.append('vpath %s src' % r.choice(['%.c', '%.y', '%', '%.o']))
    if r.random() < 0.2:
        L.append('VPATH = src')
    for sp in r.sample(['.SECONDARY:', '.SECONDARY: b.c c.c', '.INTERMEDIATE: a.o',
                        '.PRECIOUS: %.c', '.PRECIOUS: %.o', '.DELETE_ON_ERROR:',
                        '.PHONY: doc', '.PHONY: stamp', '.NOTINTERMEDIATE:',
                        '.SECONDARY: d.y', '.IGNORE:', '.SILENT:', '.INTERMEDIATE: c.c',
                        '.DEFAULT: ; @echo default $@', 'FORCE:'], r.randint(0, 3)):
        L.append(sp)
    # the tree: each source present or not, with a time of its own
    files = []
    for f in BSRC + ['gen.mk', 'a.o', 'prog', 'stamp', 'c.c']:
        if r.random() < (0.65 if f in BSRC else 0.25):
            files.append((f, 'x\n' if f != 'gen.mk' else 'G = old\n', r.randint(0, 6)))
    # more, from a generator of their own (a seed's project above stays
    # what it was): a recursive make, a grouped target, second
    # expansion, .ONESHELL, .NOTPARALLEL, target-specific variables
    x = random.Random(seed * 31 + 7)
    if x.random() < 0.2:
        L[1] += ' sub'
        L += ['sub: FORCE', '\t%s$(MAKE) -C sub %s' % (x.choice(['+', '', '@']),
                                                  x.choice(['', 's2', 's1 s1', '-k'])), 'FORCE:']
        sub = ['all: s1 s2', 's1: ; @echo s1 $(MAKELEVEL) $(filter-out --%,$(MAKEFLAGS))',
               's2: s1 %s' % x.choice(['', 'in.h', 'nothere.h'])] + brecipe(x, fail=fail)
        files.append(('sub/Makefile', '\n'.join(sub) + '\n', 0))
        if x.random() < 0.5:
            files.append(('sub/in.h', 'x\n', x.randint(0, 6)))
    if x.random() < 0.15:
        L += ['c.c d.c &: c.y'] + brecipe(x, 'touch c.c d.c', fail)
    if x.random() < 0.15:
        L += ['.SECONDEXPANSION:', 'lib.a: $$(filter a.o b.o,$$(OBJS))']
    if x.random() < 0.15:
        L += ['prog: V = prog-%s' % x.choice(['a', 'b']), '%.o: V += pat',
              'extra: ; @echo extra [$(V)]']
    for sp in x.sample(['.ONESHELL:', '.NOTPARALLEL:', '.EXPORT_ALL_VARIABLES:',
                        '.LOW_RESOLUTION_TIME: prog'], x.randint(0, 1)):
        L.append(sp)
    # and from a third: $(shell) in prerequisites, an include found by
    # -I, .DEFAULT_GOAL, MAKEFLAGS set in the makefile, .EXTRA_PREREQS,
    # an order-only directory, exported and command-line variables
    y = random.Random(seed * 53 + 11)
    yargs = []
    if y.random() < 0.12:
        L += ['prog: $(shell %s)' % y.choice(['ls *.h 2>/dev/null', 'echo x.h',
                                               'echo $(OBJS) | tr " " "\\n" | sort -r',
                                               'exit 3'])]
    if y.random() < 0.12:
        L.insert(0, '%sinclude inc.mk' % y.choice(['', '-', 's']))
        yargs += y.choice([['-I', 'inc'], ['-Iinc'], [], ['--include-dir=inc']])
        files.append(('inc/inc.mk', y.choice(['OBJS += d.o\n', 'INC = 1\n$(info inc $(.INCLUDE_DIRS))\n',
                                              'x.h: ; @echo inc $@\n']), 0))
    if y.random() < 0.1:
        L.insert(y.randint(0, len(L)), '.DEFAULT_GOAL := %s' % y.choice(['prog', 'doc', '', 'stamp', 'nothere']))
    if y.random() < 0.1:
        L.insert(y.randint(0, len(L)), 'MAKEFLAGS += %s' % y.choice(['-k', '-s', 'k', '-r', '-n',
                                                                   '--no-print-directory', '-B', '-i']))
    if y.random() < 0.08:
        L.append('.EXTRA_PREREQS := %s' % y.choice(['x.h', 'stamp', 'nothere.h']))
    if y.random() < 0.1:
        L += ['obj/%.o: %.c | obj', '\t@echo "[$@] [$<] [$|]"; touch $@', 'obj:', '\tmkdir -p $@',
              'all: obj/%s' % y.choice(['a.o', 'b.o', 'e.o'])]
    if y.random() < 0.1:
        L += ['export EV = %s' % y.choice(['ev', '$(OBJS)']), 'extra: ; @echo "extra [$$EV] [$(MAKECMDGOALS)]"']
        yargs += y.choice([['EV=cmd'], ['extra'], ['-e'], []])
    # and the ways makefiles are remade: dependency files made by a
    # pattern rule (the common -include $(OBJS:.o=.d) idiom), an include
    # that includes another, the Makefile remade from a template
    if y.random() < 0.15:
        L += ['-include $(OBJS:.o=.d)' if y.random() < 0.8 else 'include a.d',
              '%%.d: %%.c%s' % y.choice(['', ' | stamp', ' x.h']),
              y.choice(['\t@echo "$*.o: x.h" > $@', '\t@echo "$*.o: $*.c y.h" > $@; echo dep $@',
                        '\t@echo "$(@:.d=.o) $@: $<" > $@', '\t@exit 1', '\t@echo "V += $*" > $@'])]
        if y.random() < 0.4:
            files.append(('b.d', 'b.o: y.h\n', y.randint(0, 6)))
    if y.random() < 0.08:
        L.insert(0, 'include one.mk')
        L += ['one.mk: two.mk', '\t@echo "-include two.mk" > $@; echo "ONE = 1" >> $@',
              'two.mk: %s' % y.choice(['', 'x.h', 'a.c']), '\t@echo "TWO = $(ONE)" > $@',
              '$(info one=$(ONE) two=$(TWO) restarts=$(MAKE_RESTARTS))']
        if y.random() < 0.5:
            files.append(('two.mk', 'TWO = old\n', y.randint(0, 6)))
    # and recipes as real makefiles write them: continued lines, a
    # canned recipe (define) called, target-specific exports, the shell
    # and its flags, $(shell) and .SHELLSTATUS, sub-make variables
    z = random.Random(seed * 71 + 3)
    if z.random() < 0.12:
        L += ['define CANNED', '@echo canned $@ $(1)', z.choice(['-@exit 1', '@true', 'echo second', '@echo "x \\', '  y"']),
              'endef', 'extra: ; $(call CANNED,%s)' % z.choice(['a', '$$V', '$(OBJS)'])]
    if z.random() < 0.1:
        L += ['stamp:', '\t@echo one \\', '\t  two; \\', '\techo "three \\', '\tfour"', '\t@touch $@']
    if z.random() < 0.08:
        L.insert(0, z.choice(['.SHELLFLAGS := -ec', 'SHELL := /bin/bash', '.SHELLFLAGS = -xc',
                              'SHELL = /bin/sh -e', '.RECIPEPREFIX := >']))
        if L[0] == '.RECIPEPREFIX := >':
            L[1:] = [l.replace('\t', '>', 1) if l.startswith('\t') else l for l in L[1:]]
    if z.random() < 0.08:
        L += ['SH := $(shell %s)' % z.choice(['exit 3', 'echo hi', 'false', 'echo a; exit 2']),
              '$(info sh=[$(SH)] status=$(.SHELLSTATUS))']
    if z.random() < 0.08:
        L += ['prog: export PV = %s' % z.choice(['pv', '$(OBJS)']), 'prog: ; @echo "pv=[$$PV]"']
    tmpl = y.random() < 0.06
    mk = '\n'.join(L) + '\n'
    if tmpl:
        # (Makefile is dated the first minute, the template later)
        mk += 'Makefile: m.in\n\t@echo remaking $@; cp m.in $@\n'
        files.append(('m.in', mk + 'REMADE = yes\n$(info remade $(MAKE_RESTARTS))\n', y.randint(1, 6)))
    args = r.choice([[], [], ['-k'], ['-n'], ['-q'], ['-t'], ['-B'], ['-W', 'x.h'],
                     ['-o', 'x.h'], ['-i'], ['-s'], ['--debug=b'], ['--debug=v'],
                     ['-n', '-W', 'a.c'], ['-k', 'prog', 'doc'], ['-q', 'prog'],
                     ['-t', '-k'], ['--debug=v', '-k'], ['--debug=m'], ['-B', '-n'],
                     ['all', 'all'], ['doc', 'doc']])
    if r.random() < 0.8:
        args = ['-r'] + args
    args = yargs + args
    if JOBS:
        # the debug lines' order is not GNU make's under -j (COMPATIBILITY)
        args = [a for a in args if not a.startswith('--debug')]
        args = ['-j%d' % r.randint(2, 4)] + (['-k'] if fail and '-k' not in args else []) + args
        if x.random() < 0.2:
            args = [x.choice(['-Otarget', '-Oline', '-Orecurse', '-Onone'])] + args
    return mk, files, args


# --db: the entries of the database's "# Variables" section, sorted
DB_SKIP = re.compile(r'^(MAKE_COMMAND|\.VARIABLES|\.FEATURES|\.LOADED|\.INCLUDE_DIRS|MAKEFLAGS|MFLAGS|'
                     r'CURDIR|GNUMAKEFLAGS|MAKE|MAKEFILE_LIST|SHELL|MAKE_VERSION|MAKE_HOST) :?= ')


def db_vars(text):
    out, on, pat, i = [], False, False, 0
    lines = text.split('\n')
    while i < len(lines):
        l = lines[i]
        m = re.match(r'^# (Variables|Pattern-specific Variable Values|Directories|'
                     r'Implicit Rules|Files|VPATH Search Paths)$', l)
        if m:
            on = m.group(1) == 'Variables'
            pat = m.group(1) == 'Pattern-specific Variable Values'
        elif pat:
            # the patterns' section as it is, in its order
            if l.strip():
                out.append('~%04d %s' % (i, l))
        elif re.match(r'^# (Finished Make data base|variable set hash|Load=|strcache|files hash)', l):
            on = False
        elif on and l.startswith('# ') and i + 1 < len(lines):
            i += 1
            val = lines[i]
            if val.startswith('define '):
                while i + 1 < len(lines) and lines[i] != 'endef':
                    i += 1
                    val += '\\n' + lines[i]
            if not DB_SKIP.match(val):
                out.append(l + ' | ' + val)
        i += 1
    # (the patterns' lines keep their order, numbered from the first)
    pats = [o for o in out if o.startswith('~')]
    first = int(pats[0][1:5]) if pats else 0
    pats = ['~%04d%s' % (int(o[1:5]) - first, o[5:]) for o in pats]
    return sorted(o for o in out if not o.startswith('~')) + pats


def run(prog, mk, args, files=()):
    d = tempfile.mkdtemp(prefix='dmake-random.')
    try:
        with open(os.path.join(d, 'Makefile'), 'w') as f:
            f.write(mk)
        base = 1577880000       # 2020-01-01, then a minute a step
        for name, body, t in files:
            path = os.path.join(d, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if body.startswith('symlink:'):
                os.symlink(body[8:], path)
                continue
            with open(path, 'w') as f:
                f.write(body)
            os.utime(path, (base + 60 * t, base + 60 * t))
        os.utime(os.path.join(d, 'Makefile'), (base, base))
        env = {'PATH': '/usr/bin:/bin', 'HOME': d, 'LC_ALL': 'C'}
        try:
            p = subprocess.run(['timeout', '10', prog] + args, cwd=d, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True)
            out, err, st = p.stdout, p.stderr, p.returncode
        except Exception as e:
            return ('EXC %s' % e, '', -1, '')
        left = []
        for top, dirs, names in os.walk(d):
            dirs.sort()
            for n in sorted(names):
                path = os.path.join(top, n)
                with open(path, 'rb') as f:
                    body = f.read().replace(d.encode(), b'@SB@')
                st_ = os.stat(path)
                # a time set here (before 2021) is told as it is; one a
                # recipe or -t gave, as "new"
                when = int(st_.st_mtime) if st_.st_mtime < 1600000000 else 'new'
                left.append('%s=%r@%s' % (os.path.relpath(path, d), body, when))
        def norm(b):
            s = b.decode('latin-1').replace(d, '@SB@').replace(prog, '@MAKE@')
            s = re.sub(r'(^|[\s\'"`])d?make(\[\d+\])?:', r'\1MAKE\2:', s, flags=re.M)
            s = re.sub(r'^(GNU Make 4\.3|dmake [0-9][0-9.]*)$', '@VERSION@', s, flags=re.M)
            s = re.sub(r'^(Built for |Copyright \(C\) |License GPLv3|This is free software|'
                       r'No license has been chosen|There is NO WARRANTY).*\n', '', s, flags=re.M)
            s = re.sub(r'^rm (.*)$', lambda m: 'rm ' + ' '.join(sorted(m.group(1).split())), s, flags=re.M)
            if DB:
                s = '\n'.join(db_vars(s))
            if JOBS:    # a set of lines: the order is the scheduler's
                s = '\n'.join(sorted(l for l in s.split('\n')
                                      if 'Waiting for unfinished jobs' not in l))
            return s
        return (norm(out), norm(err), st, ' '.join(left))
    finally:
        shutil.rmtree(d, ignore_errors=True)


diffs = 0
for s in range(SEED0, SEED0 + N):
    if BUILD:
        mk, files, args = gen_build(s)
    else:
        files = ()
        mk = gen(s)
        args = random.Random(s * 7).choice([[], [], ['-r'], ['-n'], ['-k'], ['t1'], ['V1=a b', 't1', 'all'],
                                            ['-e', 'V2=cmd'], ['s1.o', 's2.o'], ['-rR', 'all', 't0']])
        k = random.Random(s * 97 + 5).random()
        if k < 0.5:
            mk, files, args = gen_vars(s)
        elif k < 0.65:
            mk, files, args = gen_bad(s)
        elif k < 0.75:
            mk, files, args = gen_files(s)
        if DB:
            args = ['-pq'] + args
    g = run(GMAKE, mk, args, files)
    dm = run(DMAKE, mk, args, files)
    if ('giving up' in dm[1] or dm[2] == 124) and ('restarts=101' in g[0] or g[2] == 124):
        continue        # remade for ever: GNU make loops, dmake stops
    if g != dm:
        diffs += 1
        with open('%s/%d.mk' % (OUT, s), 'w') as f:
            f.write(mk)
        with open('%s/%d.txt' % (OUT, s), 'w') as f:
            f.write('files: %s\n' % (files,))
            f.write('args: %s\n--- gnu (status %s)\n%s\n%s\nfiles %s\n--- dmake (status %s)\n%s\n%s\nfiles %s\n'
                    % (args, g[2], g[0], g[1], g[3], dm[2], dm[0], dm[1], dm[3]))
print('ran %d, %d differ' % (N, diffs))
