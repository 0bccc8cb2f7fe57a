/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_MEMBER_FLAG_H
#define PINCHECK_CORE_MEMBER_FLAG_H

#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

struct loc;

/* After the file's fixpoint: the flags set with each store of pages. */
void member_flags_scan(struct fn_info *functions);
void member_flags_reset(void);
/*
 * @f, read from member @from under @g, without the origins a flag
 * records and @g says clear, into *@out: 1 when any was left out
 * (member_flag.c).
 */
int member_flags_filter(const struct fact *f, struct loc *from,
			const struct guards *g, struct fact *out);

#ifdef __cplusplus
}
#endif

#endif
