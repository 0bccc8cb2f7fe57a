/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model-file.h - the run-time model file's line parser (--model=FILE),
 * shared by both front ends: plain C, no sparse headers, callable from C++.
 */
#ifndef PINCHECK_MODEL_FILE_H
#define PINCHECK_MODEL_FILE_H

#ifdef __cplusplus
extern "C" {
#endif

/* The parsed words of one line, in the vocabulary of apis.def. */
enum mf_role { MF_ACQUIRE, MF_ACQUIRE_FLAGS, MF_RELEASE, MF_ARRAY_FREE,
	       MF_PIN_TEST };
enum mf_family { MF_PIN = 1, MF_GET = 2, MF_COND = 4 };
enum mf_shape { MF_PAGE, MF_ARRAY, MF_ALLOC, MF_BVEC, MF_LIST };

struct mf_entry {
	enum mf_role role;
	const char *name;	/* valid during the callback only */
	unsigned family;	/* MF_PIN, MF_GET, MF_COND; 0 for FLAGS */
	int arg;		/* 1-based; 0: the return value */
	int flags_arg;		/* MF_ACQUIRE_FLAGS */
	int count_arg;		/* MF_ACQUIRE, optional */
	enum mf_shape shape;
	const char *cure;	/* MF_RELEASE; valid during the callback only */
};

/*
 * Reads @path and calls @add for every entry, in order.  Returns 0, or
 * -1 after printing why on stderr ("FILE:LINE: error: ...", or
 * "@prog: cannot read model file ..."); the caller exits with status 1.
 */
int model_file_read(const char *path, const char *prog,
		    void (*add)(const struct mf_entry *e, void *data),
		    void *data);

#ifdef __cplusplus
}
#endif

#endif
