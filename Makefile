# SPDX-License-Identifier: GPL-2.0
#
# pincheck: find pages released with the wrong call (FOLL_PIN vs FOLL_GET).
#
#   make                 build checker/pincheck (gets and builds sparse 0.6.4)
#   make kernel-check    install what is needed, build, run pincheck on
#                        Debian's linux-source-6.1 (the files using GUP)
#   make test            install what is needed, build, run every test
#   make bench           pincheck's time against plain sparse, same files
#   make cocci [MODE=report|patch|context|org] [RULE=name] [DIR=path]
#                        the semantic patches over the kernel tree
#   make fix [FILES="path/a.c ..."]
#                        git am-able fix patches, in ./pincheck-fixes
#   make scan [SCAN_JSON=file]
#                        the whole tree, two --db passes over the files that
#                        matter; findings as text (and JSON)
#   make reference-check the conversion in patches/ on a fresh 6.1 tree:
#                        git am, builds, checkpatch, both checkers, and
#                        the half-converted variant (part of make test)
#   make reference-boot  build kernels with and without patches/, boot them
#                        in qemu, count FOLL_PIN pins around direct I/O
#   make clang           build pincheck-clang and the clang-tidy module
#                        (checker/clang/, clang 16; part of make)
#   make clang-kernel-check
#                        pincheck-clang on Debian's 6.1 built with
#                        LLVM=-16 (the files using GUP), with a summary
#   make bench-clang     pincheck-clang's time against clang-tidy's parse
#   make robust [DIRS="fs mm ..."]
#                        pincheck on every file of whole kernel directories
#                        (default fs mm block io_uring lib net): no crash,
#                        no hang
#   make install [PREFIX=/usr/local] [DESTDIR=]
#   make uninstall       the commands, the clang-tidy module, the man
#                        pages, the semantic patches and the model
#
# SPARSE_SRC=DIR uses your own sparse tree instead of Debian's source
# package with sparse-patches/ applied.  KDIR=DIR runs the kernel targets
# on your own tree; KVER=6.12 or KVER=7.2 on Debian's linux-source-6.12 or
# linux-source-7.2 (default 6.1).

SPARSE_SRC ?=
BUILD ?= $(CURDIR)/build
SPARSE_DIR = $(if $(SPARSE_SRC),$(SPARSE_SRC),$(BUILD)/sparse)
PINCHECK_CACHE ?= /var/tmp/pincheck
KDIR ?=
KVER ?= 6.1
export PINCHECK_CACHE KDIR KVER

all: checker/pincheck clang

# Debian's sparse is made anew when sparse-patches/ changes.
$(SPARSE_DIR)/libsparse.a: $(if $(SPARSE_SRC),,$(wildcard sparse-patches/*))
	SPARSE_SRC="$(SPARSE_SRC)" scripts/get-sparse.sh "$(SPARSE_DIR)"

checker/pincheck: $(SPARSE_DIR)/libsparse.a FORCE
	$(MAKE) -C checker SPARSE_DIR="$(SPARSE_DIR)"

# Linux 7.x needs LLVM 17 or later: clang-kernel-check builds
# pincheck-clang against clang 19 too (build/clang-19/).
CLANG_KVER = $(if $(filter 6.%,$(KVER)),16,19)

clang:
	$(MAKE) -C checker/clang

# Debian packages: compiler, sparse's source, linux-source-6.1, ...
deps:
	@if [ "$$(id -u)" = 0 ]; then scripts/install-deps.sh; \
	else echo "make deps: not root; skipping package installation"; fi

kernel-check: deps all
	scripts/pincheck-kernel

test: deps all
	tests/run-all

# The fixtures through both front ends, the rules' fixtures, the
# robustness run: no kernel tree, under 3 minutes.
check: deps all
	tests/run-all --quick

# make test, then what does not fit CI's time: pincheck-fix's proven
# patches for every 6.1 forward mutant (about 20 minutes here).
test-full: test
	tests/kernel/fix-mutants

bench: deps all
	scripts/bench

MODE ?= report
cocci: deps
	scripts/cocci -m $(MODE) $(if $(RULE),-r $(RULE)) $(DIR)

fix: deps
	scripts/pincheck-fix $(FILES)

SCAN_JSON ?= $(BUILD)/scan.json
scan: deps all
	scripts/pincheck-scan --json $(SCAN_JSON)

reference-check: deps all
	scripts/reference-check

reference-boot: deps
	scripts/reference-boot

clang-kernel-check: deps all
	$(MAKE) -C checker/clang LLVM_VERSION=$(CLANG_KVER)
	scripts/pincheck-clang-kernel

bench-clang: deps all
	scripts/bench-clang

robust: deps all
	scripts/pincheck-robust $(DIRS)

# make install: commands in bin/, the clang-tidy module in lib/pincheck/,
# the scripts, the semantic patches and the model in share/pincheck/
# (the installed commands find them from where they are: DESTDIR staging
# works), the man pages in share/man/man1/.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL ?= install
bindir = $(PREFIX)/bin
pkglibdir = $(PREFIX)/lib/pincheck
pkgdatadir = $(PREFIX)/share/pincheck
man1dir = $(PREFIX)/share/man/man1
# commands in bin/, and what they need beside them
SCRIPT_COMMANDS = pincheck-ci pincheck-scan pincheck-fix
SCRIPT_HELPERS = kernel-tree get-linux-source.sh
SCRIPT_PACKAGE = $(wildcard scripts/pckernel/*.py)
MAN_PAGES = $(wildcard docs/*.1)
RULE_FILES = $(wildcard semantic-patches/*.cocci) semantic-patches/left-to-pincheck

install: all
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(pkglibdir) \
		$(DESTDIR)$(pkgdatadir)/scripts/pckernel \
		$(DESTDIR)$(pkgdatadir)/semantic-patches $(DESTDIR)$(man1dir)
	$(INSTALL) -m 755 checker/pincheck checker/clang/pincheck-clang \
		$(DESTDIR)$(bindir)/
	$(INSTALL) -m 644 checker/clang/pincheck-tidy.so $(DESTDIR)$(pkglibdir)/
	$(INSTALL) -m 644 checker/apis.def $(DESTDIR)$(pkgdatadir)/
	$(INSTALL) -m 755 $(addprefix scripts/,$(SCRIPT_COMMANDS) $(SCRIPT_HELPERS)) \
		$(DESTDIR)$(pkgdatadir)/scripts/
	$(INSTALL) -m 644 $(SCRIPT_PACKAGE) $(DESTDIR)$(pkgdatadir)/scripts/pckernel/
	$(INSTALL) -m 644 $(RULE_FILES) $(DESTDIR)$(pkgdatadir)/semantic-patches/
	for c in $(SCRIPT_COMMANDS); do \
		ln -sf ../share/pincheck/scripts/$$c $(DESTDIR)$(bindir)/$$c; \
	done
	$(INSTALL) -m 644 $(MAN_PAGES) $(DESTDIR)$(man1dir)/

uninstall:
	rm -f $(addprefix $(DESTDIR)$(bindir)/,pincheck pincheck-clang $(SCRIPT_COMMANDS))
	rm -f $(addprefix $(DESTDIR)$(man1dir)/,$(notdir $(MAN_PAGES)))
	rm -rf $(DESTDIR)$(pkglibdir) $(DESTDIR)$(pkgdatadir)

clean:
	$(MAKE) -C checker clean
	$(MAKE) -C checker/clang clean
	rm -rf $(BUILD)

FORCE:
.PHONY: all deps kernel-check check test test-full bench cocci fix scan reference-check \
	reference-boot clang clang-kernel-check bench-clang robust install \
	uninstall clean FORCE
