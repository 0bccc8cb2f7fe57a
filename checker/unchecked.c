// SPDX-License-Identifier: GPL-2.0
/*
 * unchecked.c - a file pincheck could not check says so, in one line.
 *
 * Two ways a file goes unchecked: sparse cannot parse it (its errors are
 * printed as sparse prints them, then our line), or the process crashes,
 * in sparse's code or ours.  A half-parsed file is not analysed: the
 * statements sparse dropped could be the releases, and a false alarm is
 * worse than a miss.  "Half-parsed" means an error inside a function's
 * body (sparse-patches/ 0005 counts those): a declaration sparse rejects
 * (siw's __be32 bitfields) leaves the functions whole, and the file is
 * checked.  Against a sparse without that patch, any error while
 * parsing leaves the file unchecked.  A crash is caught by a signal
 * handler on its own stack (a stack overflow is the usual crash: deep
 * nesting), which prints the line and exits 1, so that kbuild sees a
 * failed check, not a signal.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"
#include "core/report.h"
#include "unchecked.h"

/* Weak: a sparse tree without sparse-patches/ 0005 has no such counter. */
extern int function_body_errors __attribute__((weak));
static int body_errors_before;

static const char *cur_file;
static const char *cur_stage;
static int unchecked_files;
static int json;			/* --format=json: an object on stdout too */
static char json_file[4096];		/* cur_file, as a JSON string */

/* Enough for the handler's frames, whatever the crash did to the stack. */
static char alt_stack[64 * 1024];

static const struct {
	int sig;
	const char *name;
} fatal_signals[] = {
	{ SIGSEGV, "SIGSEGV" },
	{ SIGBUS, "SIGBUS" },
	{ SIGILL, "SIGILL" },
	{ SIGFPE, "SIGFPE" },
	{ SIGABRT, "SIGABRT" },
};

static void put_fd(int fd, const char *s)
{
	ssize_t unused = write(fd, s, strlen(s));

	(void)unused;
}

static void put(const char *s)
{
	put_fd(STDERR_FILENO, s);
}

/* The JSON object of an unchecked file, before its message's words. */
static void put_json_head(void)
{
	put_fd(STDOUT_FILENO, "{\"file\":");
	put_fd(STDOUT_FILENO, json_file);
	put_fd(STDOUT_FILENO, ",\"line\":0,\"column\":0,\"severity\":\"error\",\"check\":\"");
	put_fd(STDOUT_FILENO, pc_check_id(PC_UNCHECKED));
	put_fd(STDOUT_FILENO, "\",\"message\":\"not checked: ");
}

/* Only async-signal-safe calls: write() and _exit(). */
static void on_fatal_signal(int sig)
{
	const char *name = "a signal";
	size_t i;

	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		if (fatal_signals[i].sig == sig)
			name = fatal_signals[i].name;
	put("pincheck: ");
	put(cur_file ? cur_file : "(no file)");
	put(": not checked: ");
	put(cur_stage && !strcmp(cur_stage, "analysing") ? "pincheck" : "sparse");
	put(" crashed (");
	put(name);
	put(") while ");
	put(cur_stage ? cur_stage : "starting");
	put(" it\n");
	if (json) {
		put_json_head();
		put_fd(STDOUT_FILENO, cur_stage && !strcmp(cur_stage, "analysing") ?
		       "pincheck" : "sparse");
		put_fd(STDOUT_FILENO, " crashed (");
		put_fd(STDOUT_FILENO, name);
		put_fd(STDOUT_FILENO, ") while ");
		put_fd(STDOUT_FILENO, cur_stage ? cur_stage : "starting");
		put_fd(STDOUT_FILENO, " it\"}\n");
	}
	_exit(1);
}

void unchecked_init(void)
{
	stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof(alt_stack) };
	struct sigaction sa;
	size_t i;

	if (sigaltstack(&ss, NULL) < 0)
		perror("pincheck: sigaltstack");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		sigaction(fatal_signals[i].sig, &sa, NULL);
}

void unchecked_json(int on)
{
	json = on;
}

void unchecked_stage(const char *file, const char *stage)
{
	if (json && file != cur_file)
		pc_json_string(json_file, sizeof(json_file),
			       file ? file : "(no file)");
	cur_file = file;
	cur_stage = stage;
}

void unchecked_parse_start(const char *file)
{
	unchecked_stage(file, "parsing");
	has_error &= ~ERROR_CURR_PHASE;
	if (&function_body_errors)
		body_errors_before = function_body_errors;
}

int unchecked_parse_end(const char *file)
{
	int failed;

	if (&function_body_errors)
		failed = function_body_errors != body_errors_before;
	else
		failed = has_error & ERROR_CURR_PHASE;
	if (has_error & ERROR_CURR_PHASE)
		has_error = ERROR_PREV_PHASE;	/* as sparse() does */
	if (failed) {
		fprintf(stderr, "pincheck: %s: not checked: sparse could not parse it (errors above)\n",
			file);
		pc_report_unchecked(&(struct pc_output){
			.format = json ? PC_JSON : PC_TEXT }, file,
			"sparse could not parse it");
		unchecked_files++;
	}
	return failed;
}

int unchecked_count(void)
{
	return unchecked_files;
}
