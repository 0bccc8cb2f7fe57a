// SPDX-License-Identifier: GPL-2.0
/*
 * core/db.c - the cross-file store, in SQLite, as smatch keeps its database.
 *
 * A run with --db=FILE reads what runs on other files recorded there:
 * the summaries of the functions they define (which parameters' pages a
 * function fills or releases, what it stores in struct members, what it
 * returns) and the families their code stored in each struct member.  At
 * the end of its file it replaces that file's rows with its own, in one
 * transaction, so that kbuild's parallel runs (make -j) neither lose nor
 * tear rows: SQLite serialises the writers (WAL, a long busy timeout).
 * Two passes over a tree make every file see every other.
 *
 * Rows name functions, members ("struct tag.member"), calls and source
 * positions by text; nothing of one run's memory is stored.  Conditions
 * (guards) stay in their file.
 */
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "site.h"
#include "util.h"

#define BUSY_MS		(10 * 60 * 1000)	/* make -j waits, never fails */
#define CACHE_HASH	256

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS fn_event ("
	" file TEXT NOT NULL,"		/* the file whose run recorded it */
	" fn TEXT NOT NULL,"		/* the function it describes */
	" kind TEXT NOT NULL,"		/* fill release store ret ret_elem ret_param */
	" param INTEGER, level INTEGER, fam INTEGER,"
	" api TEXT,"			/* the acquisition or release call */
	" site_file TEXT, site_line INTEGER, site_fn TEXT,"
	" member TEXT, array INTEGER);"
	"CREATE INDEX IF NOT EXISTS fn_event_fn ON fn_event(fn);"
	"CREATE INDEX IF NOT EXISTS fn_event_file ON fn_event(file);"
	"CREATE TABLE IF NOT EXISTS member_fact ("
	" file TEXT NOT NULL, member TEXT NOT NULL, fam INTEGER, api TEXT,"
	" site_file TEXT, site_line INTEGER, site_fn TEXT);"
	"CREATE INDEX IF NOT EXISTS member_fact_member ON member_fact(member);"
	"CREATE INDEX IF NOT EXISTS member_fact_file ON member_fact(file);";

static sqlite3 *db;
static const char *db_path;
static char *cur_file;			/* realpath of the file being checked */

/*
 * Other files' names, once each: a position in another file names one of
 * these, and nothing else does.
 */
struct foreign {
	char *name;
	unsigned order;
	struct foreign *next;
};
static struct foreign *foreigns;
static unsigned nr_foreigns;

/* This file's cache of what the store says about functions. */
struct cached {
	const char *name;
	struct summary *sum;		/* NULL: nothing recorded */
	struct cached *next;
};
static struct cached *cache[CACHE_HASH];

/* Memory that lives as long as this file's analysis. */
struct chunk {
	struct chunk *next;
	char data[];
};
static struct chunk *chunks;

static void *file_alloc(size_t size)
{
	struct chunk *c = pc_xcalloc(1, sizeof(*c) + size);

	c->next = chunks;
	chunks = c;
	return c->data;
}

static void db_fail(const char *what)
{
	fprintf(stderr, "pincheck: --db=%s: %s: %s\n", db_path, what,
		db ? sqlite3_errmsg(db) : "cannot open");
}

int db_enabled(void)
{
	return db != NULL;
}

int db_open(const char *path)
{
	db_path = path;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE |
			    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		db_fail("open");
		return -1;
	}
	sqlite3_busy_timeout(db, BUSY_MS);
	if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL) ||
	    sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) ||
	    sqlite3_exec(db, schema, NULL, NULL, NULL) ||
	    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL)) {
		db_fail("not a pincheck database");
		sqlite3_close(db);
		db = NULL;
		return -1;
	}
	return 0;
}

void db_close(void)
{
	if (db)
		sqlite3_close(db);
	db = NULL;
}

/* Foreign files sort after every file of this unit, in their order. */
#define FOREIGN_ORDER	0x40000000u

static struct pc_pos foreign_pos(const char *name, int line)
{
	struct pc_pos pos = { .line = line, .col = 1 };
	struct foreign *f;

	for (f = foreigns; f; f = f->next)
		if (!strcmp(f->name, name))
			break;
	if (!f) {
		f = pc_xcalloc(1, sizeof(*f));
		f->name = pc_xstrdup(name);
		f->order = FOREIGN_ORDER + nr_foreigns++;
		f->next = foreigns;
		foreigns = f;
	}
	pos.file = f->name;
	pos.file_order = f->order;
	return pos;
}

int db_is_foreign(struct pc_pos pos)
{
	struct foreign *f;

	for (f = foreigns; f; f = f->next)
		if (f->name == pos.file)
			return 1;
	return 0;
}

static struct pc_pos site_pos(sqlite3_stmt *st, int col)
{
	struct pc_pos pos = { 0 };
	const char *file = (const char *)sqlite3_column_text(st, col);

	if (file)
		pos = foreign_pos(file, sqlite3_column_int(st, col + 1));
	return pos;
}

static struct pc_sym *site_fn(sqlite3_stmt *st, int col)
{
	const char *name = (const char *)sqlite3_column_text(st, col);
	struct pc_sym *fn;
	size_t n;

	if (!name)
		return NULL;
	n = strlen(name) + 1;
	fn = file_alloc(sizeof(*fn) + n);
	memcpy(fn + 1, name, n);
	fn->name = (const char *)(fn + 1);
	return fn;
}

static const struct pc_api *api_named(sqlite3_stmt *st, int col)
{
	const char *name = (const char *)sqlite3_column_text(st, col);

	return name ? pc_model_lookup(name, strlen(name)) : NULL;
}

/*
 * A row's acquisition (api, fam, site at columns @col...) into @f; a row
 * without a call stands for origins past MAX_ORIGINS.
 */
static void row_origin(sqlite3_stmt *st, int col, struct fact *f)
{
	unsigned fam = sqlite3_column_int(st, col);
	const struct pc_api *api = api_named(st, col + 1);
	struct origin *o;

	if (!api) {
		f->fam |= fam;
		f->overflow |= fam;
		return;
	}
	o = file_alloc(sizeof(*o));
	o->api = api;
	o->fam = fam;
	o->pos = site_pos(st, col + 2);
	o->fn = site_fn(st, col + 4);
	fact_add_origin(f, o);
}

static sqlite3_stmt *prepare(const char *sql)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail("query");
		return NULL;
	}
	return st;
}

static struct loc *member_named(const char *key)
{
	const struct pc_frontend *fe = tu_frontend();
	const char *dot = strchr(key, '.');
	const struct pc_member *m;
	char tag[256];

	if (!dot || dot - key >= (long)sizeof(tag) || !fe || !fe->member_named)
		return NULL;
	memcpy(tag, key, dot - key);
	tag[dot - key] = 0;
	m = fe->member_named(tag, dot + 1);
	return m ? loc_of_member(m) : NULL;
}

static void read_event(struct summary *s, sqlite3_stmt *st)
{
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	int param = sqlite3_column_int(st, 1);
	enum pc_level level = sqlite3_column_int(st, 2);
	struct fact f = { 0 };

	if (param < 0 || param > MAX_PARAMS || level >= NR_LEVELS)
		return;
	if (!strcmp(kind, "fill")) {
		row_origin(st, 3, &f);
		summary_add_fill(s, param, level, &f);
	} else if (!strcmp(kind, "ret")) {
		row_origin(st, 3, &s->ret);
	} else if (!strcmp(kind, "ret_elem")) {
		row_origin(st, 3, &s->ret_elem);
	} else if (!strcmp(kind, "ret_param") && param > 0) {
		s->ret.param[level] |= 1u << (param - 1);
	} else if (!strcmp(kind, "release")) {
		struct release_site rel = {
			.api = api_named(st, 4),
			.pos = site_pos(st, 5),
			.fn = site_fn(st, 7),
		};

		if (rel.api && rel.api->role == ROLE_RELEASE)
			summary_add_release(s, param, level, &rel);
	} else if (!strcmp(kind, "store")) {
		const char *key = (const char *)sqlite3_column_text(st, 8);
		struct loc *cell = key ? member_named(key) : NULL;

		if (cell)
			summary_add_store(s, param, level, cell,
					  sqlite3_column_int(st, 9));
	}
}

static unsigned name_hash(const char *name)
{
	return pc_name_hash(name, strlen(name)) % CACHE_HASH;
}

struct summary *db_summary(const char *name)
{
	struct summary *s = NULL;
	struct cached *c;
	sqlite3_stmt *st;
	unsigned h;

	if (!db || !cur_file || !name)
		return NULL;
	h = name_hash(name);
	for (c = cache[h]; c; c = c->next)
		if (!strcmp(c->name, name))
			return c->sum;
	st = prepare("SELECT kind, param, level, fam, api, site_file,"
		     " site_line, site_fn, member, array FROM fn_event"
		     " WHERE fn = ?1 AND file != ?2");
	if (st) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, cur_file, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			if (!s)
				s = summary_new(name);
			read_event(s, st);
		}
		sqlite3_finalize(st);
	}
	c = file_alloc(sizeof(*c) + strlen(name) + 1);
	strcpy((char *)(c + 1), name);
	c->name = (const char *)(c + 1);
	c->sum = s;
	c->next = cache[h];
	cache[h] = c;
	return s;
}

void db_member(const char *key, struct fact *f)
{
	sqlite3_stmt *st;

	if (!db || !cur_file)
		return;
	st = prepare("SELECT fam, api, site_file, site_line, site_fn"
		     " FROM member_fact WHERE member = ?1 AND file != ?2");
	if (!st)
		return;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, cur_file, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		row_origin(st, 0, f);
	sqlite3_finalize(st);
}

/* Writing: one statement, rebound for every row. */
static sqlite3_stmt *ins_event, *ins_member;

static void bind_site(sqlite3_stmt *st, int col, struct pc_pos pos,
		      struct pc_sym *fn)
{
	if (pos.line) {
		sqlite3_bind_text(st, col, pos.file, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, col + 1, pos.line);
	}
	if (fn && fn->name)
		sqlite3_bind_text(st, col + 2, fn->name, -1, SQLITE_TRANSIENT);
}

static int put_event(struct pc_sym *fn, const char *kind, int param,
		     enum pc_level level, unsigned fam,
		     const struct pc_api *api, struct pc_pos pos,
		     struct pc_sym *site, const char *member, int array)
{
	sqlite3_stmt *st = ins_event;

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	sqlite3_bind_text(st, 1, cur_file, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, fn->name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, param);
	sqlite3_bind_int(st, 5, level);
	sqlite3_bind_int(st, 6, fam);
	if (api)
		sqlite3_bind_text(st, 7, api->name, -1, SQLITE_STATIC);
	bind_site(st, 8, pos, site);
	if (member) {
		sqlite3_bind_text(st, 11, member, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 12, array);
	}
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

/*
 * The functions of this file that @fn runs, itself included: a summary
 * says what the function does, and memory is one location per alias class
 * for the whole file, so the array a function returns also holds what the
 * file's other functions store there later.  Only acquisitions in
 * functions it reaches (or in other files, through its calls) are its own.
 */
#define MAX_REACH	256

struct reach {
	struct pc_sym *fn[MAX_REACH];
	int nr;
};

static int reached(const struct reach *r, struct pc_sym *fn)
{
	int i;

	for (i = 0; i < r->nr; i++)
		if (r->fn[i] == fn)
			return 1;
	return 0;
}

static void reach_from(struct reach *r, struct fn_info *functions,
		       struct pc_sym *fn)
{
	struct fn_info *fi;
	int i, j;

	if (reached(r, fn) || r->nr == MAX_REACH)
		return;
	r->fn[r->nr++] = fn;
	for (fi = functions; fi && fi->sym != fn; fi = fi->next)
		;
	if (!fi)
		return;
	for (i = 0; i < fi->fn->nr_bbs; i++) {
		struct pc_bb *bb = fi->fn->bbs[i];

		for (j = 0; j < bb->nr_insns; j++) {
			struct pc_insn *insn = bb->insns[j];

			if (insn->op == PC_OP_CALL && insn->callee)
				reach_from(r, functions, insn->callee);
		}
	}
}

static const struct reach *cur_reach;

/* A fact's origins as rows of @kind; an overflow row carries the rest. */
static int put_fact(struct pc_sym *fn, const char *kind, int param,
		    enum pc_level level, const struct fact *f)
{
	struct pc_pos none = { 0 };
	int i, err = 0;

	for (i = 0; i < f->nr_origins; i++) {
		const struct origin *o = f->origins[i];

		if (cur_reach && !db_is_foreign(o->pos) &&
		    !reached(cur_reach, o->fn))
			continue;
		err |= put_event(fn, kind, param, level, o->fam, o->api,
				 o->pos, o->fn, NULL, 0);
	}
	if (f->overflow)
		err |= put_event(fn, kind, param, level, f->overflow, NULL,
				 none, NULL, NULL, 0);
	return err;
}

static int put_summary(struct pc_sym *fn, const struct summary *s)
{
	const struct fill_event *fe;
	const struct release_event *re;
	const struct store_event *se;
	struct pc_pos none = { 0 };
	int err = 0, level, p;

	for (fe = s->fills; fe; fe = fe->next)
		err |= put_fact(fn, "fill", fe->param, fe->level, &fe->fact);
	for (re = s->releases; re; re = re->next)
		err |= put_event(fn, "release", re->param, re->level, 0,
				 re->api, re->pos, re->fn, NULL, 0);
	for (se = s->stores; se; se = se->next) {
		const char *key = loc_member_key(se->cell);

		if (key)
			err |= put_event(fn, "store", se->param, se->level, 0,
					 NULL, none, NULL, key, se->array);
	}
	err |= put_fact(fn, "ret", 0, 0, &s->ret);
	err |= put_fact(fn, "ret_elem", 0, 0, &s->ret_elem);
	for (level = 0; level < NR_LEVELS; level++)
		for (p = 0; p < MAX_PARAMS; p++)
			if (s->ret.param[level] & (1u << p))
				err |= put_event(fn, "ret_param", p + 1, level,
						 0, NULL, none, NULL, NULL, 0);
	return err;
}

/* A member's own facts: origins in this file, not those read from others. */
static void put_member(const struct fact *f, const char *key, void *data)
{
	int *err = data, i;

	for (i = 0; i < f->nr_origins; i++) {
		const struct origin *o = f->origins[i];
		sqlite3_stmt *st = ins_member;

		if (db_is_foreign(o->pos))
			continue;
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		sqlite3_bind_text(st, 1, cur_file, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 3, o->fam);
		sqlite3_bind_text(st, 4, o->api->name, -1, SQLITE_STATIC);
		bind_site(st, 5, o->pos, o->fn);
		*err |= sqlite3_step(st) != SQLITE_DONE;
	}
}

static int write_rows(struct fn_info *functions)
{
	struct fn_info *fi;
	sqlite3_stmt *del[2];
	int err = 0, i;

	del[0] = prepare("DELETE FROM fn_event WHERE file = ?1");
	del[1] = prepare("DELETE FROM member_fact WHERE file = ?1");
	ins_event = prepare("INSERT INTO fn_event VALUES"
			    " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
	ins_member = prepare("INSERT INTO member_fact VALUES"
			     " (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
	err = !del[0] || !del[1] || !ins_event || !ins_member;
	for (i = 0; i < 2 && !err; i++) {
		sqlite3_bind_text(del[i], 1, cur_file, -1, SQLITE_STATIC);
		err |= sqlite3_step(del[i]) != SQLITE_DONE;
	}
	/* static functions cannot be called from another file */
	for (fi = functions; fi && !err; fi = fi->next) {
		struct reach *r;

		if (fi->sym->is_static)
			continue;
		r = pc_xcalloc(1, sizeof(*r));
		reach_from(r, functions, fi->sym);
		cur_reach = r;
		err |= put_summary(fi->sym, fi->sum);
		cur_reach = NULL;
		free(r);
	}
	if (!err)
		loc_foreach_member(put_member, &err);
	for (i = 0; i < 2; i++)
		sqlite3_finalize(del[i]);
	sqlite3_finalize(ins_event);
	sqlite3_finalize(ins_member);
	return err;
}

void db_write_file(struct fn_info *functions)
{
	if (!db || !cur_file)
		return;
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) {
		db_fail("write");
		return;
	}
	if (write_rows(functions)) {
		db_fail("write");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return;
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL))
		db_fail("commit");
}

/* Start a file: rows are keyed by its real path. */
void db_start_file(const char *file)
{
	char buf[PATH_MAX];

	free(cur_file);
	cur_file = pc_xstrdup(realpath(file, buf) ? buf : file);
}

void db_forget_file(void)
{
	int i;

	for (i = 0; i < CACHE_HASH; i++) {
		struct cached *c;

		for (c = cache[i]; c; c = c->next)
			if (c->sum)
				summary_free(c->sum);
		cache[i] = NULL;
	}
	while (chunks) {
		struct chunk *c = chunks;

		chunks = c->next;
		free(c);
	}
}
