/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model.h - the API model (core/model.h) as pincheck-clang looks it up:
 * by the callee's name.
 */
#ifndef PINCHECK_CLANG_MODEL_H
#define PINCHECK_CLANG_MODEL_H

#include "llvm/ADT/StringRef.h"

#include "../core/model.h"

namespace pincheck {

typedef struct pc_api api_entry;

constexpr unsigned long long FOLL_PIN_BIT = PC_FOLL_PIN;

inline const api_entry *model_lookup(llvm::StringRef name)
{
	return pc_model_lookup(name.data(), name.size());
}

} // namespace pincheck

#endif
