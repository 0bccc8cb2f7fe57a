// SPDX-License-Identifier: GPL-2.0
/*
 * core/util.c - allocation that cannot fail quietly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void pc_die(const char *msg)
{
	fprintf(stderr, "pincheck: %s\n", msg);
	exit(1);
}

void *pc_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		pc_die("out of memory");
	return p;
}

void *pc_xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		pc_die("out of memory");
	return p;
}

char *pc_xstrndup(const char *s, size_t n)
{
	char *d = pc_xcalloc(1, n + 1);

	memcpy(d, s, n);
	return d;
}

char *pc_xstrdup(const char *s)
{
	return pc_xstrndup(s, strlen(s));
}

unsigned int pc_name_hash(const char *name, size_t len)
{
	unsigned int h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)name[i]) * 16777619u;
	return h;
}
