/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/model-file.h - inside the model: the run-time model file's parser
 * (model-file.c) hands its entries to the table (model.c).
 */
#ifndef PINCHECK_CORE_MODEL_FILE_H
#define PINCHECK_CORE_MODEL_FILE_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Adds a copy of @api; a later entry for a name replaces the earlier.  A
 * SAME_ARGS entry marks the RELEASE entries of its name instead: -1 when
 * there is none.
 */
int pc_model_add(const struct pc_api *api);

#ifdef __cplusplus
}
#endif

#endif
