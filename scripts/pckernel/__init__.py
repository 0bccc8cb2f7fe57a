# SPDX-License-Identifier: GPL-2.0
"""The scripts' shared code, one module per concern.

conf      where the project's files and programs are; the kernel version
trees     kernel trees: the configured ones, the reference git tree, files
kbuild    pincheck run through kbuild (make C=2), or on kbuild's commands
llvm      pincheck-clang and clang-tidy on an LLVM-configured tree
output    the checkers' findings, read from their JSON (never their words)
cocci     the semantic patches and spatch
database  what a pincheck --db database records
fixpatch  fix patches, proven before they are written
ui        messages, and the progress line of long runs

The commands in scripts/ import it as any package beside them; a test
directory that needs it holds a symlink to it (tests/kernel/pckernel).
"""
