/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model.h - the API model (core/model.h) as the sparse front end looks
 * it up: by sparse's identifiers.
 */
#ifndef PINCHECK_MODEL_H
#define PINCHECK_MODEL_H

#include "lib.h"
#include "token.h"
#include "core/model.h"

static inline const struct pc_api *model_lookup(const struct ident *ident)
{
	return ident ? pc_model_lookup(ident->name, ident->len) : NULL;
}

#endif
