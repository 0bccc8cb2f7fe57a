// SPDX-License-Identifier: GPL-2.0
/*
 * sparse 0.6.4 crashes on this file: 20,000 nested parentheses overflow
 * its parser's stack.  A crash is caught: one line naming the file, the
 * signal and the stage, and exit status 1, never a signal under kbuild.
 */
#define A(x)	((((((((((x))))))))))
#define B(x)	A(A(A(A(A(A(A(A(A(A(x))))))))))
#define C(x)	B(B(B(B(B(B(B(B(B(B(x))))))))))
#define D(x)	C(C(C(C(C(C(C(C(C(C(x))))))))))

int deep = D(D(1));
/*
 * check-name: sparse crashes
 * check-exit-value: 1
 *
 * check-error-start
pincheck: input-sparse-crash.c: not checked: sparse crashed (SIGSEGV) while parsing it
 * check-error-end
 */
