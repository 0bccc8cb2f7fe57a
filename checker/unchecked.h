/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_UNCHECKED_H
#define PINCHECK_UNCHECKED_H

/* Catch crashes from now on: one line naming the file, exit status 1. */
void unchecked_init(void);
/* --format=json: each unchecked file is an object on stdout too. */
void unchecked_json(int on);
/* What is being done to which file, for that line ("parsing", ...). */
void unchecked_stage(const char *file, const char *stage);
/* Around sparse's parse of file: the end says (and returns nonzero)
 * when the file cannot be checked. */
void unchecked_parse_start(const char *file);
int unchecked_parse_end(const char *file);
/* How many files went unchecked. */
int unchecked_count(void);

#endif
