/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_DB_H
#define PINCHECK_CORE_DB_H

#include "summary.h"
#include "loc.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The cross-file store (--db=FILE): what the functions of other files do
 * to their parameters, and what the struct members of every file hold,
 * recorded by earlier runs.  Each run reads what other files recorded and,
 * at the end of its file, replaces that file's rows with its own.
 */
int db_open(const char *path);
void db_close(void);
int db_enabled(void);

/* Summaries of functions other files define; NULL if none is recorded. */
struct summary *db_summary(const char *name);
/*
 * Facts other files recorded for a struct member ("struct tag.member", or
 * "...[]" for the array it points to), merged into @f.
 */
void db_member(const char *key, struct fact *f);

/* A file's run: start, write its rows (summaries, members), forget. */
void db_start_file(const char *file);
void db_write_file(struct fn_info *functions);
void db_forget_file(void);

/* A summary event of another file, as tracking needs to know it. */
int db_is_foreign(struct pc_pos pos);

#ifdef __cplusplus
}
#endif

#endif
